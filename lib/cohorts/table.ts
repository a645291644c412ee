/**
 * The cohort progress table as data: its columns, its sort and its CSV. Pure, so the page and
 * the CSV export show the same table in the same order.
 */
import type { LearnerSummary } from "@/lib/dashboard/summaries";
import { PACE_LABEL } from "@/lib/progress/pace";
import { toCsv, type CsvValue } from "@/lib/csv";
import type { CohortTableParams } from "./schema";

export interface PhaseColumn {
  key: string;
  title: string;
  number: number;
  estimatedHours: number;
}
export interface CohortColumn {
  id: string;
  label: string;
  numeric: boolean;
}

export function cohortColumns(phases: readonly PhaseColumn[]): CohortColumn[] {
  return [
    { id: "name", label: "Learner", numeric: false },
    ...phases.map((p) => ({ id: `phase:${p.key}`, label: `Phase ${p.number}`, numeric: true })),
    { id: "total", label: "Total", numeric: true },
    { id: "level", label: "Level", numeric: false },
    { id: "pace", label: PACE_LABEL, numeric: true },
    { id: "last-activity", label: "Last activity", numeric: false },
    { id: "open", label: "Open submissions", numeric: true },
  ];
}

export const phaseMinutes = (summary: LearnerSummary, key: string): number =>
  summary.phases.find((p) => p.key === key)?.minutes ?? 0;
const displayName = (s: LearnerSummary) => (s.name ?? s.email).toLocaleLowerCase("en");

function sortValue(summary: LearnerSummary, column: string): number | string {
  if (column.startsWith("phase:")) return phaseMinutes(summary, column.slice("phase:".length));
  switch (column) {
    case "total":
      return summary.totalMinutes;
    // Level first, then how far toward the next one.
    case "level":
      return summary.levelIndex * 1000 + (summary.readinessPercent ?? 100);
    case "pace":
      return summary.hoursPerWeek;
    case "last-activity":
      return summary.lastActivityDate ?? "";
    case "open":
      return summary.openSubmissions;
    default:
      return displayName(summary);
  }
}

/** Sorted by the column, ties by name then email so the order never flickers between loads. */
export function sortSummaries(
  summaries: readonly LearnerSummary[],
  { sort, dir }: CohortTableParams,
): LearnerSummary[] {
  const sign = dir === "desc" ? -1 : 1;
  const compare = (a: number | string, b: number | string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...summaries].sort(
    (a, b) =>
      sign * compare(sortValue(a, sort), sortValue(b, sort)) ||
      compare(displayName(a), displayName(b)) ||
      compare(a.email, b.email),
  );
}

/**
 * One row of the progress table as the page hands it to the browser: only what the cells show,
 * already in the table's order. The rows are rendered by a client component from this data,
 * so the RSC payload carries about 200 bytes per learner instead of the 1.3 KB of their cells'
 * markup (which the HTML carries anyway).
 */
export interface ProgressRow {
  learnerId: string;
  /** The name, or the email for a learner without one. */
  label: string;
  email: string;
  /** Minutes per phase column, in the columns' order. */
  phaseMinutes: number[];
  totalMinutes: number;
  pathTotalHours: number;
  level: string | null;
  /** "94% to Expert"; null at the top level. */
  readiness: string | null;
  hoursPerWeek: number;
  lastActivityDate: string | null;
  openSubmissions: number;
}

export const progressRows = (summaries: readonly LearnerSummary[], phases: readonly PhaseColumn[]): ProgressRow[] =>
  summaries.map((s) => ({
    learnerId: s.learnerId,
    label: s.name ?? s.email,
    email: s.email,
    phaseMinutes: phases.map((p) => phaseMinutes(s, p.key)),
    totalMinutes: s.totalMinutes,
    pathTotalHours: s.pathTotalHours,
    level: s.level?.name ?? null,
    readiness: s.readinessPercent !== null && s.nextLevelName ? `${s.readinessPercent}% to ${s.nextLevelName}` : null,
    hoursPerWeek: s.hoursPerWeek,
    lastActivityDate: s.lastActivityDate,
    openSubmissions: s.openSubmissions,
  }));

/** Hours with one decimal, as a number a spreadsheet can sum. */
export const decimalHours = (minutes: number): number => Math.round(minutes / 6) / 10;

export function cohortCsv(summaries: readonly LearnerSummary[], phases: readonly PhaseColumn[]): string {
  const header: CsvValue[] = [
    "Name",
    "Email",
    ...phases.map((p) => `Phase ${p.number}: ${p.title} (h)`),
    "Total (h)",
    "Path total (h)",
    "Level",
    "Readiness for next level (%)",
    PACE_LABEL,
    "Last activity",
    "Open submissions",
  ];
  const rows = summaries.map((s): CsvValue[] => [
    s.name ?? "",
    s.email,
    ...phases.map((p) => decimalHours(phaseMinutes(s, p.key))),
    decimalHours(s.totalMinutes),
    s.pathTotalHours,
    s.level?.name ?? "",
    s.readinessPercent,
    s.hoursPerWeek,
    s.lastActivityDate,
    s.openSubmissions,
  ]);
  return toCsv([header, ...rows]);
}
