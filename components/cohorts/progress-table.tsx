import Link from "next/link";
import { hrefWith } from "@/components/ui/pagination";
import type { CohortTableParams } from "@/lib/cohorts/schema";
import { cohortColumns, progressRows, type PhaseColumn } from "@/lib/cohorts/table";
import type { LearnerSummary } from "@/lib/dashboard/summaries";
import { ProgressRows } from "./progress-rows";

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
        <ProgressRows rows={progressRows(summaries, phases)} estimatedHours={phases.map((p) => p.estimatedHours)} />
      </table>
    </div>
  );
}
