import { MINUTES_PER_DAY } from "@/lib/progress/path";

/**
 * Durations as people type them and as trackers export them, read into whole minutes. Pure.
 *
 *   1.5 · 1,5 · 2          decimal hours (a bare number is hours: "how long?" is answered in hours)
 *   1:30 · 01:30:00        hours:minutes, or hh:mm:ss as Toggl and Clockify export
 *   90m · 45 min · 2 h     one unit
 *   1h 30m · 1 h 30 min    hours then minutes (also "1h30", "2 hours 5 minutes")
 *
 * Seconds are rounded to the nearest minute, since entries are stored in whole minutes.
 */

export const DURATION_FORMAT_MESSAGE = "Write a duration like 1h 30m, 1:30 or 1.5";
export const DURATION_ZERO_MESSAGE = "Enter a duration longer than 0 minutes.";
export const DURATION_TOO_LONG_MESSAGE = "One entry cannot be longer than 24 hours.";

export type DurationText = { ok: true; minutes: number } | { ok: false; error: string };

const DECIMAL = /^(\d{1,3})(?:[.,](\d{1,6}))?$|^[.,](\d{1,6})$/;
const CLOCK = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/;
const HOURS_UNIT = "(?:h|hr|hrs|hour|hours)";
const MINUTES_UNIT = "(?:m|min|mins|minute|minutes)";
const UNITS = new RegExp(
  `^(?:(\\d{1,3}(?:[.,]\\d{1,6})?)\\s*${HOURS_UNIT})?\\s*(?:(\\d{1,5})\\s*(?:${MINUTES_UNIT})?)?$`,
  "i",
);

/** Minutes in `text`, or null when it is none of the forms above. No bounds checked. */
export function durationMinutes(text: string): number | null {
  const value = text.trim();
  if (value === "") return null;
  const decimal = DECIMAL.exec(value);
  if (decimal) {
    const hours = Number(`${decimal[1] ?? "0"}.${decimal[2] ?? decimal[3] ?? "0"}`);
    return Math.round(hours * 60);
  }
  const clock = CLOCK.exec(value);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]) + Math.round(Number(clock[3] ?? "0") / 60);
  const units = UNITS.exec(value);
  // "30" alone matched DECIMAL above, so a bare minutes number here always had its unit or hours.
  if (units && (units[1] !== undefined || units[2] !== undefined)) {
    const hasMinutesUnit = new RegExp(`\\d\\s*${MINUTES_UNIT}\\s*$`, "i").test(value);
    // "1h30" reads as 1 h 30 min; a lone "30" with no unit after hours cannot be anything else.
    if (units[2] !== undefined && units[1] === undefined && !hasMinutesUnit) return null;
    const hours = units[1] ? Number(units[1].replace(",", ".")) : 0;
    return Math.round(hours * 60) + Number(units[2] ?? "0");
  }
  return null;
}

/** A duration field's value: its minutes within (0, 24 h], or the message to show at the field. */
export function parseDurationText(value: unknown): DurationText {
  if (typeof value !== "string" && typeof value !== "number") return { ok: false, error: DURATION_FORMAT_MESSAGE };
  const text = String(value);
  if (text.length > 40) return { ok: false, error: DURATION_FORMAT_MESSAGE };
  const minutes = durationMinutes(text);
  if (minutes === null || !Number.isFinite(minutes)) return { ok: false, error: DURATION_FORMAT_MESSAGE };
  if (minutes <= 0) return { ok: false, error: DURATION_ZERO_MESSAGE };
  if (minutes > MINUTES_PER_DAY) return { ok: false, error: DURATION_TOO_LONG_MESSAGE };
  return { ok: true, minutes };
}

/** How a stored duration is shown back in the duration field: "1h 30m", "45m", "2h". */
export function durationText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m}m`;
  return m === 0 ? `${h}h` : `${h}h ${m}m`;
}

/**
 * Skilltrail's CSV keeps its two columns: `hours` takes any duration above ("1.5", "1:30",
 * "1h 30m"), `minutes` an optional whole number added to it. Both empty is a zero duration.
 */
export function parseHoursAndMinutes(hours: string, minutes: string): DurationText {
  const h = hours.trim();
  const m = minutes.trim();
  if (m !== "" && !/^\d{1,5}$/.test(m)) return { ok: false, error: "Minutes must be a whole number, 0 or more." };
  if (h === "" && m === "") return { ok: false, error: DURATION_ZERO_MESSAGE };
  const hoursMinutes = h === "" ? 0 : durationMinutes(h);
  if (hoursMinutes === null) return { ok: false, error: `Hours "${h}": ${DURATION_FORMAT_MESSAGE}.` };
  return parseDurationText(`${hoursMinutes + Number(m || "0")}m`);
}
