import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { hrefWith } from "@/components/ui/pagination";
import { InlineAction } from "@/components/ui/inline-action";
import { AddPersonForm } from "@/components/cohorts/add-person-form";
import { CohortForm } from "@/components/cohorts/cohort-form";
import { ProgressTable } from "@/components/cohorts/progress-table";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { removeCohortMemberAction, removeCohortMentorAction } from "@/lib/cohorts/actions";
import { getCohortProgress } from "@/lib/cohorts/queries";
import { cohortTableSchema } from "@/lib/cohorts/schema";
import { sortSummaries } from "@/lib/cohorts/table";
import { todayInTimeZone } from "@/lib/progress/calendar";

export const metadata: Metadata = { title: "Cohort" };

type Person = { id: string; name: string | null; email: string };

export default async function CohortPage({
  params,
  searchParams,
}: {
  params: Promise<{ cohortId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { cohortId } = await params;
  const admin = await requireRoleOrForbidden(["ADMIN"], `/admin/cohorts/${cohortId}`);
  const sort = cohortTableSchema.parse(await searchParams);
  const progress = await getCohortProgress(cohortId, { today: todayInTimeZone(new Date(), admin.timeZone) });
  if (!progress) notFound();
  const { cohort } = progress;
  const summaries = sortSummaries(progress.summaries, sort);
  const exportHref = hrefWith(`/api/admin/cohorts/${cohort.id}/export`, { sort: sort.sort, dir: sort.dir });

  const people = (list: Person[], kind: "learner" | "mentor") =>
    list.length === 0 ? (
      <p className="mb-4 text-sm text-slate-600">{kind === "learner" ? "No learners yet." : "No mentors yet."}</p>
    ) : (
      <ul
        className="mb-4 flex flex-col divide-y divide-slate-100"
        aria-label={kind === "learner" ? "Learners" : "Mentors"}
      >
        {list.map((p) => (
          <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <Link
              href={`/admin/users/${p.id}`}
              className="min-w-0 truncate text-sm font-medium text-brand-800 hover:underline"
            >
              {p.name ?? p.email} <span className="font-normal text-slate-500">{p.name ? p.email : ""}</span>
            </Link>
            <InlineAction
              action={kind === "learner" ? removeCohortMemberAction : removeCohortMentorAction}
              fields={
                kind === "learner" ? { cohortId: cohort.id, learnerId: p.id } : { cohortId: cohort.id, mentorId: p.id }
              }
              label="Remove"
              accessibleLabel={`Remove ${p.name ?? p.email}`}
              pendingLabel="Removing…"
              variant="ghost"
            />
          </li>
        ))}
      </ul>
    );

  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/admin/cohorts" className="text-brand-800 hover:underline">
          ← All cohorts
        </Link>
      </p>
      <PageHeader
        eyebrow={`Cohort · ${cohort.guideTitle}`}
        title={cohort.name}
        description={`Started ${cohort.startDate} · ${cohort.members.length} ${cohort.members.length === 1 ? "learner" : "learners"}`}
        actions={
          cohort.members.length > 0 ? (
            <a href={exportHref} download className={buttonClasses({ variant: "secondary" })}>
              Download CSV
            </a>
          ) : null
        }
      />
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
      <div className="grid gap-6 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Learners</CardTitle>
          </CardHeader>
          {people(cohort.members, "learner")}
          <AddPersonForm cohortId={cohort.id} as="member" />
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Mentors</CardTitle>
            <CardDescription>
              The cohort’s mentors. Review access comes from each learner’s mentor assignment.
            </CardDescription>
          </CardHeader>
          {people(cohort.mentors, "mentor")}
          <AddPersonForm cohortId={cohort.id} as="mentor" />
        </Card>
        <Card className="md:col-span-2">
          <CardHeader>
            <CardTitle>Details</CardTitle>
          </CardHeader>
          <CohortForm cohort={{ id: cohort.id, name: cohort.name, startDate: cohort.startDate }} />
        </Card>
      </div>
    </>
  );
}
