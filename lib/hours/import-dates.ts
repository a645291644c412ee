import { isIsoDate, type IsoDate } from "@/lib/progress/calendar";

/**
 * Dates and times as trackers and spreadsheets export them. Pure.
 *
 * Dates: ISO (2026-03-02, 2026/03/02), and numeric dates with the year last (03/02/2026,
 * 2.3.2026, 02-03-26), which are month first in the US and day first almost everywhere else.
 * A file is read one way: when every date in it could be either, the learner chooses
 * (`dateOrderOf` answers "ambiguous"); one date with a part above 12 decides for the file.
 * Times: 24-hour (14:30, 14:30:00) or 12-hour with AM/PM (2:30 PM, 02:30:00 pm).
 */

/** Month first (US) or day first. */
export type DateOrder = "mdy" | "dmy";
export const DATE_ORDERS: readonly DateOrder[] = ["mdy", "dmy"];

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const YEAR_LAST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;

const pad = (n: number) => String(n).padStart(2, "0");
const isoOf = (year: number, month: number, day: number): IsoDate | null => {
  const iso = `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
  return isIsoDate(iso) ? iso : null;
};

/** A date cell read with the given order (ISO cells need none), or null when it is no real date. */
export function readDate(text: string, order: DateOrder | null): IsoDate | null {
  const value = text.trim();
  const iso = ISO.exec(value);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const parts = YEAR_LAST.exec(value);
  if (!parts || order === null) return null;
  const [first, second] = [Number(parts[1]), Number(parts[2])];
  const year = parts[3]!.length === 2 ? 2000 + Number(parts[3]) : Number(parts[3]);
  return order === "mdy" ? isoOf(year, first, second) : isoOf(year, second, first);
}

export type DateOrderVerdict =
  { kind: "known"; order: DateOrder | null } | { kind: "ambiguous" } | { kind: "conflict"; mdy: string; dmy: string };

/**
 * How a file's dates must be read. `order: null` when every date is ISO (or none is numeric).
 * "conflict" names two cells that no single order reads both of, e.g. 13/01/2026 and 01/13/2026.
 */
export function dateOrderOf(cells: readonly string[]): DateOrderVerdict {
  const numeric = cells.map((c) => c.trim()).filter((c) => YEAR_LAST.test(c));
  if (numeric.length === 0) return { kind: "known", order: null };
  const onlyMdy = numeric.find((c) => readDate(c, "dmy") === null && readDate(c, "mdy") !== null);
  const onlyDmy = numeric.find((c) => readDate(c, "mdy") === null && readDate(c, "dmy") !== null);
  if (onlyMdy && onlyDmy) return { kind: "conflict", mdy: onlyMdy, dmy: onlyDmy };
  if (onlyMdy) return { kind: "known", order: "mdy" };
  if (onlyDmy) return { kind: "known", order: "dmy" };
  return { kind: "ambiguous" };
}

const TIME = /^(\d{1,2}):([0-5]\d)(?::([0-5]\d))?\s*(?:([AaPp])\.?\s*[Mm]\.?)?$/;

/** Seconds since midnight of a time cell, or null. 12 AM is midnight, 12 PM noon. */
export function readTime(text: string): number | null {
  const match = TIME.exec(text.trim());
  if (!match) return null;
  let hours = Number(match[1]);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === "p" ? 12 : 0);
  } else if (hours > 23) {
    return null;
  }
  return hours * 3600 + Number(match[2]) * 60 + Number(match[3] ?? "0");
}
