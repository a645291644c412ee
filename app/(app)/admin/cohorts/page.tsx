import type { Metadata } from "next";
import { CohortForm } from "@/components/cohorts/cohort-form";
import { CohortList } from "@/components/cohorts/cohort-list";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { listCohortGuides, listCohorts } from "@/lib/cohorts/queries";
import { todayInTimeZone } from "@/lib/progress/calendar";

export const metadata: Metadata = { title: "Cohorts" };

export default async function CohortsPage() {
  const admin = await requireRoleOrForbidden(["ADMIN"], "/admin/cohorts");
  const [cohorts, guides] = await Promise.all([listCohorts(), listCohortGuides()]);
  return (
    <>
      <PageHeader
        eyebrow="Admin"
        title="Cohorts"
        description="Group learners who start together, give them mentors, and follow their progress side by side."
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="cohort-list-heading">
          <h2 id="cohort-list-heading" className="sr-only">
            All cohorts
          </h2>
          <CohortList cohorts={cohorts} formId="new-cohort" />
        </section>
        <Card className="self-start" id="new-cohort" tabIndex={-1}>
          <CardHeader>
            <CardTitle>New cohort</CardTitle>
          </CardHeader>
          <CohortForm defaultStartDate={todayInTimeZone(new Date(), admin.timeZone)} guides={guides} />
        </Card>
      </div>
    </>
  );
}
