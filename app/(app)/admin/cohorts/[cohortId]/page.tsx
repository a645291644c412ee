import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hrefWith } from "@/components/ui/pagination";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getCohortProgress } from "@/lib/cohorts/queries";
import { cohortTableSchema } from "@/lib/cohorts/schema";
import { sortSummaries } from "@/lib/cohorts/table";
import { todayInTimeZone } from "@/lib/progress/calendar";
import type { SearchParams } from "@/lib/ui/search-params";
import { CohortPeople, CohortProgress } from "./_components/cohort-sections";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Cohort" };

export default async function CohortPage({
  params,
  searchParams,
}: {
  params: Promise<{ cohortId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { cohortId } = await params;
  const admin = await requireRoleOrForbidden(["ADMIN"], `/admin/cohorts/${cohortId}`);
  const sort = cohortTableSchema.parse(await searchParams);
  const progress = await getCohortProgress(cohortId, { today: todayInTimeZone(new Date(), admin.timeZone) });
  if (!progress) notFound();
  const { cohort } = progress;
  const summaries = sortSummaries(progress.summaries, sort);
  const exportHref = hrefWith(`/api/admin/cohorts/${cohort.id}/export`, { sort: sort.sort, dir: sort.dir });

  return (
    <>
      <BackLink href="/admin/cohorts">All cohorts</BackLink>
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
      <CohortProgress cohort={cohort} summaries={summaries} sort={sort} />
      <CohortPeople cohort={cohort} timeZone={admin.timeZone} />
    </>
  );
}
