import Link from "next/link";
import { hrefWith } from "@/components/ui/pagination";
import { Badge } from "@/components/ui/badge";
import type { CohortTableParams } from "@/lib/cohorts/schema";
import { cohortColumns, phaseMinutes, type PhaseColumn } from "@/lib/cohorts/table";
import type { LearnerSummary } from "@/lib/dashboard/summaries";
import { formatMinutes } from "@/lib/progress/path";

/**
 * The cohort's progress, one row per learner. Column headers are links that sort by that
 * column (the order lives in the URL, so the CSV export can follow it); aria-sort says which.
 * Wide by nature: it scrolls inside its own box, never the page.
 */
export function ProgressTable({
  cohortId,
  phases,
  summaries,
  sort,
}: {
  cohortId: string;
  phases: PhaseColumn[];
  summaries: LearnerSummary[];
  sort: CohortTableParams;
}) {
  const columns = cohortColumns(phases);
  const path = `/admin/cohorts/${cohortId}`;
  return (
    <div
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
      tabIndex={0}
      aria-label="Cohort progress table, scrolls sideways"
    >
      <table className="w-full min-w-[44rem] text-left text-sm">
        <caption className="sr-only">Progress of each learner in the cohort, sortable by column</caption>
        <thead className="bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            {columns.map((column) => {
              const active = sort.sort === column.id;
              const nextDir = active && sort.dir === "asc" ? "desc" : active ? "asc" : column.numeric ? "desc" : "asc";
              return (
                <th
                  key={column.id}
                  scope="col"
                  aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}
                  className={column.numeric ? "px-3 py-3 text-right" : "px-3 py-3"}
                >
                  <Link
                    href={hrefWith(path, { sort: column.id, dir: nextDir })}
                    className="inline-flex items-center gap-1 rounded hover:text-slate-900"
                    scroll={false}
                  >
                    {column.label}
                    <span aria-hidden="true">{active ? (sort.dir === "asc" ? "▲" : "▼") : ""}</span>
                  </Link>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 tabular-nums">
          {summaries.map((s) => (
            <tr key={s.learnerId}>
              <th scope="row" className="px-3 py-2.5 font-normal">
                <Link href={`/admin/users/${s.learnerId}`} className="font-medium text-brand-800 hover:underline">
                  {s.name ?? s.email}
                </Link>
                <span className="block text-xs text-slate-500">{s.email}</span>
              </th>
              {phases.map((p) => (
                <td key={p.key} className="px-3 py-2.5 text-right whitespace-nowrap">
                  {formatMinutes(phaseMinutes(s, p.key))}
                  <span className="block text-xs text-slate-500">of {p.estimatedHours} h</span>
                </td>
              ))}
              <td className="px-3 py-2.5 text-right font-medium whitespace-nowrap" data-testid="cohort-total">
                {formatMinutes(s.totalMinutes)}
                <span className="block text-xs font-normal text-slate-500">of {s.pathTotalHours} h</span>
              </td>
              <td className="px-3 py-2.5">
                {s.level ? <Badge tone="brand">{s.level.name}</Badge> : <span className="text-slate-500">—</span>}
                {s.readinessPercent !== null && s.nextLevelName ? (
                  <span className="block text-xs text-slate-500">
                    {s.readinessPercent}% to {s.nextLevelName}
                  </span>
                ) : null}
              </td>
              <td className="px-3 py-2.5 text-right whitespace-nowrap">{s.hoursPerWeek} h/week</td>
              <td className="px-3 py-2.5 whitespace-nowrap">{s.lastActivityDate ?? "—"}</td>
              <td className="px-3 py-2.5 text-right">{s.openSubmissions}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
