import { TableHead } from "@/components/ui/table-head";
import { formatIsoDate } from "@/lib/ui/format";
import { formatMinutes } from "@/lib/progress/path";
import { addDays } from "@/lib/progress/calendar";
import type { HoursReport, ReportRow } from "@/lib/hours/report-queries";

const cell = "px-3 py-2 text-left";
const number = "px-3 py-2 text-right tabular-nums";

/** A share of the period's total, "42 %"; "–" when nothing was logged. */
const share = (minutes: number, total: number) => (total > 0 ? `${Math.round((100 * minutes) / total)} %` : "–");

function ReportTable({
  id,
  caption,
  firstColumn,
  rows,
  total,
}: {
  id: string;
  caption: string;
  firstColumn: string;
  rows: Array<{ key: string; label: string; minutes: number }>;
  total: number;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="report-section flex flex-col gap-3">
      <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
        {caption}
      </h2>
      <div className="overflow-x-auto rounded-md border border-slate-200">
        <table className="w-full text-sm">
          <TableHead
            className="bg-slate-50 text-slate-700"
            cellClassName="px-3 py-2 font-medium"
            columns={[
              { label: firstColumn, className: "text-left" },
              { label: "Time", className: "text-right" },
              { label: "Share", className: "text-right" },
            ]}
          />
          <tbody className="divide-y divide-slate-200">
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className={`${cell} font-normal text-slate-900`}>
                  {row.label}
                </th>
                <td className={number}>{formatMinutes(row.minutes)}</td>
                <td className={number}>{share(row.minutes, total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t border-slate-300 font-medium">
            <tr>
              <th scope="row" className={cell}>
                Total
              </th>
              <td className={number}>{formatMinutes(total)}</td>
              <td className={number}>{share(total, total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

const labelled = (row: ReportRow) => ({
  key: row.id ?? "none",
  label: row.archived ? `${row.title} (archived)` : row.title,
  minutes: row.minutes,
});

/** "1 Dec 2026 – 7 Dec 2026", each week cut to the period at its ends. */
function weekLabel(week: string, report: HoursReport): string {
  const from = week < report.period.from ? report.period.from : week;
  const sunday = addDays(week, 6);
  const to = sunday > report.period.to ? report.period.to : sunday;
  return from === to ? formatIsoDate(from) : `${formatIsoDate(from)} – ${formatIsoDate(to)}`;
}

/** The report's three tables: per week (the chart's data), per phase, per sub-skill. */
export function ReportTables({ report }: { report: HoursReport }) {
  return (
    <>
      <ReportTable
        id="report-weeks"
        caption="Hours per week"
        firstColumn="Week"
        rows={report.weeks.map((w) => ({ key: w.week, label: weekLabel(w.week, report), minutes: w.minutes }))}
        total={report.totalMinutes}
      />
      <ReportTable
        id="report-phases"
        caption="Hours per phase"
        firstColumn="Phase"
        rows={report.phases.map(labelled)}
        total={report.totalMinutes}
      />
      <ReportTable
        id="report-sub-skills"
        caption="Hours per sub-skill"
        firstColumn="Sub-skill"
        rows={report.subSkills.map(labelled)}
        total={report.totalMinutes}
      />
    </>
  );
}
