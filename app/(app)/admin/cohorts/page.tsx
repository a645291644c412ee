import type { Metadata } from "next";
import Link from "next/link";
import { CohortForm } from "@/components/cohorts/cohort-form";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { listCohorts } from "@/lib/cohorts/queries";
import { todayInTimeZone } from "@/lib/progress/calendar";

export const metadata: Metadata = { title: "Cohorts" };

export default async function CohortsPage() {
  const admin = await requireRoleOrForbidden(["ADMIN"], "/admin/cohorts");
  const cohorts = await listCohorts();
  return (
    <>
      <PageHeader
        eyebrow="Admin"
        title="Cohorts"
        description="Group learners who start together, give them mentors, and follow their progress side by side."
      />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="cohort-list-heading">
          <h2 id="cohort-list-heading" className="sr-only">
            All cohorts
          </h2>
          {cohorts.length === 0 ? (
            <EmptyState
              title="No cohorts yet"
              description="Create the first one with the form: a name and a start date."
            />
          ) : (
            <ul className="flex flex-col divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
              {cohorts.map((c) => (
                <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
                  <div className="min-w-0">
                    <Link href={`/admin/cohorts/${c.id}`} className="font-medium text-brand-800 hover:underline">
                      {c.name}
                    </Link>
                    <p className="text-sm text-slate-600">
                      {c.guideTitle} · starts {c.startDate}
                    </p>
                  </div>
                  <p className="text-sm text-slate-700">
                    {c.memberCount} {c.memberCount === 1 ? "learner" : "learners"} · {c.mentorCount}{" "}
                    {c.mentorCount === 1 ? "mentor" : "mentors"}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <Card className="self-start">
          <CardHeader>
            <CardTitle>New cohort</CardTitle>
          </CardHeader>
          <CohortForm defaultStartDate={todayInTimeZone(new Date(), admin.timeZone)} />
        </Card>
      </div>
    </>
  );
}
