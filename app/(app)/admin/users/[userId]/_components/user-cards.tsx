import Link from "next/link";
import { AuditList } from "@/components/audit/audit-list";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { InlineAction } from "@/components/ui/inline-action";
import { MentorAssignForm } from "@/components/users/mentor-assign-form";
import { PeopleCard } from "@/components/users/people-card";
import { RoleForm } from "@/components/users/role-form";
import { setUserActiveAction, unassignMentorAction } from "@/lib/users/actions";
import type { UserDetail } from "@/lib/users/queries";

/** The cards of one account's admin page (app/(app)/admin/users/[userId]/page.tsx). */

type Person = { id: string; name: string | null; email: string };

export function RoleCard({ user, isSelf }: { user: UserDetail; isSelf: boolean }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Role</CardTitle>
        {isSelf ? <CardDescription>This is you: another admin can change your role.</CardDescription> : null}
      </CardHeader>
      <RoleForm userId={user.id} role={user.role} disabled={isSelf} />
    </Card>
  );
}

export function StatusCard({ user, isSelf }: { user: UserDetail; isSelf: boolean }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Account status</CardTitle>
        <CardDescription>
          {user.deactivatedAt
            ? "Deactivated: they cannot sign in, and their records are kept."
            : "Active. Deactivating signs them out on their next request and keeps their records."}
        </CardDescription>
      </CardHeader>
      {isSelf ? (
        <p className="text-sm text-slate-600">You can’t deactivate your own account here.</p>
      ) : user.deactivatedAt ? (
        <InlineAction
          action={setUserActiveAction}
          fields={{ userId: user.id, active: "true" }}
          label="Reactivate account"
          pendingLabel="Reactivating…"
        />
      ) : (
        <InlineAction
          action={setUserActiveAction}
          fields={{ userId: user.id, active: "false" }}
          label="Deactivate account…"
          pendingLabel="Deactivating…"
          confirm="Yes, deactivate"
          variant="danger"
        />
      )}
    </Card>
  );
}

export function MentorsCard({ user, available }: { user: UserDetail; available: Array<Person & { role: string }> }) {
  return (
    <PeopleCard
      title="Mentors"
      description="Mentors see this learner’s progress and review their work."
      people={user.mentors.map((m) => m.mentor)}
      label="Assigned mentors"
      empty="No mentor yet: their submissions wait in the admins’ review queue."
      action={unassignMentorAction}
      fieldsFor={(mentor) => ({ mentorId: mentor.id, learnerId: user.id })}
      verb="Unassign"
      pendingLabel="Unassigning…"
    >
      <MentorAssignForm learnerId={user.id} candidates={available} />
    </PeopleCard>
  );
}

export function MenteesCard({ user }: { user: UserDetail }) {
  return (
    <PeopleCard
      title="Mentees"
      description="Learners this person mentors. Assign mentees from each learner’s page."
      people={user.mentees.map((m) => m.learner)}
      empty="No mentees assigned."
      action={unassignMentorAction}
      fieldsFor={(learner) => ({ mentorId: user.id, learnerId: learner.id })}
      verb="Unassign"
      accessibleVerb="Unassign from"
      showEmail={false}
    />
  );
}

export function CohortsCard({ user }: { user: UserDetail }) {
  const cohorts = [
    ...user.cohortMemberships.map((m) => ({ ...m.cohort, as: "learner" })),
    ...user.cohortMentorships.map((m) => ({ ...m.cohort, as: "mentor" })),
  ];
  return (
    <Card>
      <CardHeader>
        <CardTitle>Cohorts</CardTitle>
      </CardHeader>
      {cohorts.length === 0 ? (
        <p className="text-sm text-slate-600">
          Not in any cohort. Add people from a{" "}
          <Link href="/admin/cohorts" className="text-brand-800 underline">
            cohort’s page
          </Link>
          .
        </p>
      ) : (
        <ul className="flex flex-col gap-1 text-sm">
          {cohorts.map((c) => (
            <li key={`${c.as}-${c.id}`}>
              <Link href={`/admin/cohorts/${c.id}`} className="font-medium text-brand-800 hover:underline">
                {c.name}
              </Link>
              <span className="text-slate-600"> · as {c.as}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function AccountHistory({ user, timeZone }: { user: UserDetail; timeZone: string }) {
  return (
    <section aria-labelledby="history-heading" className="mt-8">
      <h2 id="history-heading" className="mb-3 text-lg font-semibold text-slate-900">
        Recent changes to this account
      </h2>
      {user.history.length === 0 ? (
        <p className="text-sm text-slate-600">No changes recorded yet.</p>
      ) : (
        <AuditList entries={user.history} timeZone={timeZone} />
      )}
      <p className="mt-3 text-sm">
        <Link href="/admin/audit" className="text-brand-800 hover:underline">
          Open the audit log →
        </Link>
      </p>
    </section>
  );
}
