import { z } from "zod";
import { addDays, daysBetween, isIsoDate, startOfIsoWeek, type IsoDate } from "@/lib/progress/calendar";
import type { SearchParams } from "@/lib/ui/search-params";

/**
 * The printable hours report's period (`/hours/report?from=…&to=…`): its presets, computed from
 * the learner's own today (the learner's time zone, like every learner-day), and the validation
 * of a chosen period, with one message per field. Pure: no I/O, unit-tested.
 */

export type ReportPeriod = { from: IsoDate; to: IsoDate };

/** A report covers at most about two years: 105 weeks fit on a printed page's chart. */
export const REPORT_MAX_DAYS = 731;

export const REPORT_PRESETS = [
  { key: "this-month", label: "This month" },
  { key: "last-month", label: "Last month" },
  { key: "last-12-weeks", label: "Last 12 weeks" },
] as const;
export type ReportPreset = (typeof REPORT_PRESETS)[number]["key"];

const firstOfMonth = (date: IsoDate): IsoDate => `${date.slice(0, 7)}-01`;

/** This month: its 1st to today. Last month: the whole month. Last 12 weeks: 12 ISO weeks, this one last. */
export function presetPeriod(preset: ReportPreset, today: IsoDate): ReportPeriod {
  switch (preset) {
    case "this-month":
      return { from: firstOfMonth(today), to: today };
    case "last-month": {
      const lastDay = addDays(firstOfMonth(today), -1);
      return { from: firstOfMonth(lastDay), to: lastDay };
    }
    case "last-12-weeks":
      return { from: addDays(startOfIsoWeek(today), -7 * 11), to: today };
  }
}

/** The preset a period is, if any (the form marks it as current). */
export function presetOf(period: ReportPeriod, today: IsoDate): ReportPreset | undefined {
  return REPORT_PRESETS.find(({ key }) => {
    const p = presetPeriod(key, today);
    return p.from === period.from && p.to === period.to;
  })?.key;
}

export const REPORT_MESSAGES = {
  fromMissing: "Enter the first day of the period.",
  toMissing: "Enter the last day of the period.",
  invalid: "Enter a valid date (YYYY-MM-DD).",
  fromFuture: "The first day is in the future. Choose today or earlier.",
  reversed: "The last day must be on or after the first day.",
  tooLong: "Choose a period of at most two years.",
} as const;

export type ReportPeriodFieldErrors = Partial<Record<"from" | "to", string>>;

export type ParsedReportPeriod =
  | { ok: true; period: ReportPeriod; values: ReportPeriod }
  | { ok: false; errors: ReportPeriodFieldErrors; values: { from: string; to: string } };

const param = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().trim().max(40).catch("")).default("");
const paramsSchema = z.object({ from: param, to: param });

/**
 * The period the URL asks for. No dates at all: this month (the page's default). Otherwise both
 * dates must be real, the first not after today, the last on or after the first, at most two
 * years apart; a last day after today is cut to today (nothing is logged there yet).
 */
export function parseReportPeriod(searchParams: SearchParams, today: IsoDate): ParsedReportPeriod {
  const { from, to } = paramsSchema.parse(searchParams);
  if (!from && !to) {
    const period = presetPeriod("this-month", today);
    return { ok: true, period, values: period };
  }
  const errors: ReportPeriodFieldErrors = {};
  if (!from) errors.from = REPORT_MESSAGES.fromMissing;
  else if (!isIsoDate(from)) errors.from = REPORT_MESSAGES.invalid;
  else if (from > today) errors.from = REPORT_MESSAGES.fromFuture;
  if (!to) errors.to = REPORT_MESSAGES.toMissing;
  else if (!isIsoDate(to)) errors.to = REPORT_MESSAGES.invalid;
  else if (!errors.from && to < from) errors.to = REPORT_MESSAGES.reversed;
  else if (!errors.from && daysBetween(from, to < today ? to : today) >= REPORT_MAX_DAYS)
    errors.to = REPORT_MESSAGES.tooLong;
  if (errors.from || errors.to) return { ok: false, errors, values: { from, to } };
  const period = { from, to: to > today ? today : to };
  return { ok: true, period, values: { from, to } };
}

/** The Mondays of the ISO weeks the period touches, in order (the report's week rows). */
export function reportWeeks({ from, to }: ReportPeriod): IsoDate[] {
  const weeks: IsoDate[] = [];
  for (let monday = startOfIsoWeek(from); monday <= to; monday = addDays(monday, 7)) weeks.push(monday);
  return weeks;
}

/** The report's URL for a period. */
export const reportHref = ({ from, to }: ReportPeriod): string =>
  `/hours/report?${new URLSearchParams({ from, to }).toString()}`;
