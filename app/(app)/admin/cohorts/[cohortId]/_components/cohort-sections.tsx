import { AddPersonForm } from "@/components/cohorts/add-person-form";
import { BulkAddForm } from "@/components/cohorts/bulk-add-form";
import { InvitationsCard } from "@/components/cohorts/invitations-card";
import { CohortForm } from "@/components/cohorts/cohort-form";
import { ProgressTable } from "@/components/cohorts/progress-table";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PeopleCard } from "@/components/users/people-card";
import { removeCohortMemberAction, removeCohortMentorAction } from "@/lib/cohorts/actions";
import type { getCohortProgress } from "@/lib/cohorts/queries";
import type { CohortTableParams } from "@/lib/cohorts/schema";

/** The sections of a cohort's admin page (app/(app)/admin/cohorts/[cohortId]/page.tsx). */

type ProgressData = NonNullable<Awaited<ReturnType<typeof getCohortProgress>>>;
type Cohort = ProgressData["cohort"];

export function CohortProgress({
  cohort,
  summaries,
  sort,
}: {
  cohort: Cohort;
  summaries: ProgressData["summaries"];
  sort: CohortTableParams;
}) {
  return (
    <section aria-labelledby="progress-heading" className="mb-8">
      <h2 id="progress-heading" className="mb-1 text-lg font-semibold text-slate-900">
        Progress
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        Hours per phase and in total, level, and pace over the last 4 weeks. Select a column heading to sort.
      </p>
      {summaries.length === 0 ? (
        <EmptyState
          title="No learners in this cohort yet"
          description="Add learners by email below; their progress appears here."
        />
      ) : (
        <ProgressTable cohortId={cohort.id} phases={cohort.phases} summaries={summaries} sort={sort} />
      )}
    </section>
  );
}

/** A cohort's two lists of people: each is listed, removed and added the same way. */
const PEOPLE_GROUPS = [
  {
    as: "member",
    title: "Learners",
    description: undefined,
    empty: "No learners yet.",
    remove: removeCohortMemberAction,
    idField: "learnerId",
  },
  {
    as: "mentor",
    title: "Mentors",
    description: "The cohort’s mentors. Review access comes from each learner’s mentor assignment.",
    empty: "No mentors yet.",
    remove: removeCohortMentorAction,
    idField: "mentorId",
  },
] as const;

export function CohortPeople({ cohort, timeZone }: { cohort: Cohort; timeZone: string }) {
  return (
    <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
      {PEOPLE_GROUPS.map((group) => (
        <PeopleCard
          key={group.as}
          title={group.title}
          description={group.description}
          people={group.as === "member" ? cohort.members : cohort.mentors}
          empty={group.empty}
          action={group.remove}
          fieldsFor={(p) => ({ cohortId: cohort.id, [group.idField]: p.id })}
          verb="Remove"
          pendingLabel="Removing…"
        >
          <AddPersonForm cohortId={cohort.id} as={group.as} />
        </PeopleCard>
      ))}
      <Card className="md:col-span-2">
        <CardHeader>
          <CardTitle>Add many learners</CardTitle>
          <CardDescription>
            Paste a list or choose a CSV file. Each line gets a result: added, already a member, invited, or why not.
          </CardDescription>
        </CardHeader>
        <BulkAddForm cohortId={cohort.id} />
      </Card>
      <div className="md:col-span-2">
        <InvitationsCard invitations={cohort.invitations} timeZone={timeZone} now={new Date()} />
      </div>
      <Card className="md:col-span-2">
        <CardHeader>
          <CardTitle>Details</CardTitle>
        </CardHeader>
        <CohortForm cohort={{ id: cohort.id, name: cohort.name, startDate: cohort.startDate }} />
      </Card>
    </div>
  );
}
