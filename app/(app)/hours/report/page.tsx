import type { Metadata } from "next";
import Link from "next/link";
import { ReportChart } from "@/components/hours/report-chart";
import { ReportPeriodForm } from "@/components/hours/report-period-form";
import { ReportPrintButton } from "@/components/hours/report-print-button";
import { ReportTables } from "@/components/hours/report-tables";
import { PageHeader } from "@/components/ui/page-header";
import { requireLearnerOrRedirectHome } from "@/lib/auth/page-guards";
import { learnerToday } from "@/lib/hours/learner-day";
import { parseReportPeriod } from "@/lib/hours/report-period";
import { getHoursReport } from "@/lib/hours/report-queries";
import { countOf, formatDecimalHours, formatIsoDate } from "@/lib/ui/format";
import type { SearchParams } from "@/lib/ui/search-params";

export const metadata: Metadata = { title: "Hours report" };

type ReportPageProps = { searchParams: Promise<SearchParams> };

/** The printable hours report: the signed-in learner's own hours over a chosen period. */
export default async function HoursReportPage({ searchParams }: ReportPageProps) {
  const user = await requireLearnerOrRedirectHome("/hours/report");
  const today = learnerToday(user.timeZone, new Date());
  const parsed = parseReportPeriod(await searchParams, today);
  const report = parsed.ok ? await getHoursReport(user.id, parsed.period) : null;

  return (
    <div className="hours-report">
      <PageHeader
        title="Hours report"
        description={
          report ? (
            <p>
              {user.name ? `${user.name}: ` : null}
              {formatIsoDate(report.period.from)} – {formatIsoDate(report.period.to)}. Days are in your time zone (
              {user.timeZone}).
            </p>
          ) : (
            <p>Choose the period to report on.</p>
          )
        }
        actions={
          <div className="flex flex-wrap gap-2" data-print-hidden>
            <Link
              href="/hours"
              className="inline-flex items-center px-2 text-sm font-medium text-slate-700 underline underline-offset-2"
            >
              Back to hours
            </Link>
            {report ? <ReportPrintButton /> : null}
          </div>
        }
      />
      <div className="flex flex-col gap-8">
        <ReportPeriodForm parsed={parsed} today={today} />
        {report ? (
          <>
            <dl className="report-section grid grid-cols-1 gap-4 sm:grid-cols-3">
              {[
                ["Total", formatDecimalHours(report.totalMinutes)],
                ["Entries", countOf(report.entryCount, "entry", "entries")],
                ["Days with time", countOf(report.activeDays, "day")],
              ].map(([term, value]) => (
                <div key={term} className="rounded-md border border-slate-200 bg-white p-4">
                  <dt className="text-sm text-slate-600">{term}</dt>
                  <dd className="text-2xl font-semibold text-slate-900" data-testid={`report-${term}`}>
                    {value}
                  </dd>
                </div>
              ))}
            </dl>
            <section aria-labelledby="report-chart-heading" className="report-section flex flex-col gap-3">
              <h2 id="report-chart-heading" className="text-lg font-semibold text-slate-900">
                Weekly chart
              </h2>
              <ReportChart report={report} />
            </section>
            <ReportTables report={report} />
          </>
        ) : (
          <p className="text-sm text-slate-700" role="status">
            Fix the period above to see the report.
          </p>
        )}
      </div>
    </div>
  );
}
