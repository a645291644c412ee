import { TableHead } from "@/components/ui/table-head";
import type { ImportPreview } from "@/lib/hours/import-preview";
import type { Outcome } from "@/lib/hours/import-plan";
import type { HoursOption } from "@/lib/hours/types";
import { formatMinutes } from "@/lib/progress/path";
import { formatIsoDate } from "@/lib/ui/format";

export const OUTCOME_LABELS: Record<Outcome, string> = {
  new: "New",
  duplicate: "Already imported",
  "over-cap": "Over the daily 24 h",
  unmapped: "No phase yet",
  invalid: "To fix",
};
const OUTCOME_CLASSES: Record<Outcome, string> = {
  new: "text-green-800",
  duplicate: "text-slate-600",
  "over-cap": "text-red-800",
  unmapped: "text-amber-800",
  invalid: "text-red-800",
};

/** "3 new, 1 with no phase yet": the preview's counts in words, outcomes with none left out. */
export function outcomeSummary(counts: Record<Outcome, number>): string {
  return (Object.keys(OUTCOME_LABELS) as Outcome[])
    .filter((outcome) => counts[outcome] > 0)
    .map((outcome) => `${counts[outcome]} ${OUTCOME_LABELS[outcome].toLowerCase()}`)
    .join(", ");
}

/** Every entry the file would give, with its outcome: nothing is written until the learner imports. */
export function ImportPreviewTable({ preview, phases }: { preview: ImportPreview; phases: readonly HoursOption[] }) {
  const phaseTitle = new Map(phases.map((p) => [p.id, p.title]));
  return (
    <div
      role="region"
      aria-label="Preview of the import"
      tabIndex={0}
      className="max-h-96 overflow-y-auto rounded-md border border-slate-200"
      data-testid="import-preview"
    >
      <table className="w-full table-fixed text-left text-sm">
        <caption className="sr-only">What each line of the file would become</caption>
        <TableHead
          columns={[
            { label: "Line", className: "w-14" },
            { label: "Date", className: "w-28" },
            { label: "Time", className: "w-24" },
            { label: "Phase" },
            { label: "Outcome" },
          ]}
          className="sticky top-0 bg-slate-50 text-slate-700"
          cellClassName="px-3 py-2 font-medium"
        />
        <tbody className="divide-y divide-slate-100">
          {preview.entries.map((entry) => (
            <tr key={`${entry.line}:${entry.part}`} className="align-top" data-outcome={entry.outcome}>
              <td className="px-3 py-2 font-mono text-slate-900">
                {entry.line}
                {entry.part > 0 ? <span className="sr-only">, part {entry.part}</span> : null}
              </td>
              <td className="px-3 py-2">{entry.date ? formatIsoDate(entry.date) : "–"}</td>
              <td className="px-3 py-2">{entry.minutes > 0 ? formatMinutes(entry.minutes) : "–"}</td>
              <td className="px-3 py-2 break-words">
                {entry.phaseId ? (phaseTitle.get(entry.phaseId) ?? "–") : "–"}
                {entry.project || entry.tags.length > 0 ? (
                  <span className="block text-xs text-slate-500">
                    {[entry.project, ...entry.tags.map((t) => `#${t}`)].filter(Boolean).join(" · ")}
                  </span>
                ) : null}
              </td>
              <td className={`px-3 py-2 break-words ${OUTCOME_CLASSES[entry.outcome]}`}>
                <span className="font-medium">{OUTCOME_LABELS[entry.outcome]}</span>
                {entry.part > 0 ? <span className="block text-xs text-slate-500">split at midnight</span> : null}
                {entry.problems.length > 0 ? (
                  <ul className="mt-1 flex flex-col gap-1 text-xs">
                    {entry.problems.map((problem) => (
                      <li key={problem}>{problem}</li>
                    ))}
                  </ul>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
