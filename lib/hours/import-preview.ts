import { ActionError } from "@/lib/actions/result";
import type { DateOrder } from "@/lib/hours/import-dates";
import type { ImportPlan, Outcome } from "@/lib/hours/import-plan";
import { FORMAT_NAMES, type SourceFormat } from "@/lib/hours/trackers";

/**
 * The import plan as the preview shows it (the client's shape: no fingerprints). A file the
 * learner must still describe (which column is which, how to read its dates) is an answer
 * with `needs`; any other file-level problem is an error at the CSV field.
 */

export type PreviewEntry = {
  line: number;
  part: number;
  date: string | null;
  minutes: number;
  phaseId: string | null;
  subSkillId: string | null;
  note: string | null;
  outcome: Outcome;
  problems: string[];
  project: string;
  tags: string[];
};

export type ImportPreview = {
  format: SourceFormat | null;
  formatName: string | null;
  header: string[];
  needs: "mapping" | "dateOrder" | null;
  message: string | null;
  dateOrder: DateOrder | null;
  entries: PreviewEntry[];
  counts: Record<Outcome, number>;
};

const NO_COUNTS: Record<Outcome, number> = { new: 0, duplicate: 0, "over-cap": 0, unmapped: 0, invalid: 0 };

export function previewOf(plan: ImportPlan): ImportPreview {
  if (!plan.ok) {
    if (!plan.needs) throw new ActionError(plan.fileError, { csv: [plan.fileError] });
    return {
      format: plan.format ?? null,
      formatName: plan.format ? FORMAT_NAMES[plan.format] : null,
      header: plan.header ?? [],
      needs: plan.needs,
      message: plan.fileError,
      dateOrder: null,
      entries: [],
      counts: NO_COUNTS,
    };
  }
  const counts = { ...NO_COUNTS };
  for (const entry of plan.entries) counts[entry.outcome] += 1;
  return {
    format: plan.format,
    formatName: FORMAT_NAMES[plan.format],
    header: plan.header,
    needs: null,
    message: null,
    dateOrder: plan.dateOrder,
    entries: plan.entries.map(({ fingerprint: _fingerprint, description: _description, ...entry }) => entry),
    counts,
  };
}
