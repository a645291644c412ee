import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { InlineAction } from "@/components/ui/inline-action";
import { AuditList } from "@/components/audit/audit-list";
import { MentorAssignForm } from "@/components/users/mentor-assign-form";
import { RoleBadge, StatusBadge } from "@/components/users/role-badge";
import { RoleForm } from "@/components/users/role-form";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getUserDetail, mentorCandidates } from "@/lib/users/queries";
import { setUserActiveAction, unassignMentorAction } from "@/lib/users/actions";

export const metadata: Metadata = { title: "User" };

type Person = { id: string; name: string | null; email: string };
const personLabel = (p: Person) => p.name ?? p.email;

export default async function UserPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const admin = await requireRoleOrForbidden(["ADMIN"], `/admin/users/${userId}`);
  const [user, candidates] = await Promise.all([getUserDetail(userId), mentorCandidates()]);
  if (!user) notFound();
  const isSelf = admin.id === user.id;
  const assigned = new Set(user.mentors.map((m) => m.mentor.id));
  const available = candidates.filter((c) => c.id !== user.id && !assigned.has(c.id));
  const showMentors = user.role === "LEARNER" || user.mentors.length > 0;
  const showMentees = user.role !== "LEARNER" || user.mentees.length > 0;
  const cohorts = [
    ...user.cohortMemberships.map((m) => ({ ...m.cohort, as: "learner" })),
    ...user.cohortMentorships.map((m) => ({ ...m.cohort, as: "mentor" })),
  ];
  const joined = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: admin.timeZone }).format(
    user.createdAt,
  );

  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/admin/users" className="text-brand-800 hover:underline">
          ← All users
        </Link>
      </p>
      <PageHeader
        eyebrow="User"
        title={user.name ?? user.email}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="break-all">{user.email}</span>
            <RoleBadge role={user.role} />
            <StatusBadge deactivatedAt={user.deactivatedAt} />
            <span className="text-sm">
              Joined {joined} · {user.timeZone}
            </span>
          </span>
        }
      />
      <div className="grid gap-6 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Role</CardTitle>
            {isSelf ? <CardDescription>This is you: another admin can change your role.</CardDescription> : null}
          </CardHeader>
          <RoleForm userId={user.id} role={user.role} disabled={isSelf} />
        </Card>
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
        {showMentors ? (
          <Card>
            <CardHeader>
              <CardTitle>Mentors</CardTitle>
              <CardDescription>Mentors see this learner’s progress and review their work.</CardDescription>
            </CardHeader>
            {user.mentors.length === 0 ? (
              <p className="mb-4 text-sm text-slate-600">
                No mentor yet: their submissions wait in the admins’ review queue.
              </p>
            ) : (
              <ul className="mb-4 flex flex-col divide-y divide-slate-100" aria-label="Assigned mentors">
                {user.mentors.map(({ mentor }) => (
                  <li key={mentor.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <Link
                      href={`/admin/users/${mentor.id}`}
                      className="min-w-0 truncate text-sm font-medium text-brand-800 hover:underline"
                    >
                      {personLabel(mentor)}{" "}
                      <span className="font-normal text-slate-500">{mentor.name ? mentor.email : ""}</span>
                    </Link>
                    <InlineAction
                      action={unassignMentorAction}
                      fields={{ mentorId: mentor.id, learnerId: user.id }}
                      label="Unassign"
                      accessibleLabel={`Unassign ${personLabel(mentor)}`}
                      pendingLabel="Unassigning…"
                      variant="ghost"
                    />
                  </li>
                ))}
              </ul>
            )}
            <MentorAssignForm learnerId={user.id} candidates={available} />
          </Card>
        ) : null}
        {showMentees ? (
          <Card>
            <CardHeader>
              <CardTitle>Mentees</CardTitle>
              <CardDescription>Learners this person mentors. Assign mentees from each learner’s page.</CardDescription>
            </CardHeader>
            {user.mentees.length === 0 ? (
              <p className="text-sm text-slate-600">No mentees assigned.</p>
            ) : (
              <ul className="flex flex-col divide-y divide-slate-100" aria-label="Mentees">
                {user.mentees.map(({ learner }) => (
                  <li key={learner.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <Link
                      href={`/admin/users/${learner.id}`}
                      className="min-w-0 truncate text-sm font-medium text-brand-800 hover:underline"
                    >
                      {personLabel(learner)}
                    </Link>
                    <InlineAction
                      action={unassignMentorAction}
                      fields={{ mentorId: user.id, learnerId: learner.id }}
                      label="Unassign"
                      accessibleLabel={`Unassign from ${personLabel(learner)}`}
                      variant="ghost"
                    />
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ) : null}
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
      </div>
      <section aria-labelledby="history-heading" className="mt-8">
        <h2 id="history-heading" className="mb-3 text-lg font-semibold text-slate-900">
          Recent changes to this account
        </h2>
        {user.history.length === 0 ? (
          <p className="text-sm text-slate-600">No changes recorded yet.</p>
        ) : (
          <AuditList entries={user.history} timeZone={admin.timeZone} />
        )}
        <p className="mt-3 text-sm">
          <Link href="/admin/audit" className="text-brand-800 hover:underline">
            Open the audit log →
          </Link>
        </p>
      </section>
    </>
  );
}
