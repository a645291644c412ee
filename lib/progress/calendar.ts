/**
 * Calendar dates for the tracker. A time entry's `date` is the learner's calendar date in
 * their own time zone (TimeEntry.date is a Postgres DATE), so dates travel as "YYYY-MM-DD"
 * strings and day arithmetic runs on UTC midnights: a calendar day is always 24 h there,
 * which makes DST changes irrelevant once "today" has been resolved in the learner's zone.
 * Pure: the current instant is always passed in.
 */

/** A calendar date, "YYYY-MM-DD". */
export type IsoDate = string;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Day arithmetic on day numbers (days since 1970-01-01), without Date objects: the dashboard
// does it hundreds of times per render, and in Next.js's server every Date goes through a
// tracking wrapper. The conversions are Howard Hinnant's days_from_civil / civil_from_days.

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDays(dayNumber: number): IsoDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The day number of a canonical calendar date, or null ("2025-02-30" and "2025-2-3" are not dates). */
function dayNumberOf(value: string): number | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return null;
  const monthLength = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day <= monthLength ? daysFromCivil(year, month, day) : null;
}

/** True for a real calendar date in canonical form ("2025-02-30" and "2025-2-3" are not). */
export function isIsoDate(value: string): boolean {
  return dayNumberOf(value) !== null;
}

function dayNumber(date: IsoDate): number {
  const days = dayNumberOf(date);
  if (days === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return days;
}

function utcMs(date: IsoDate): number {
  return dayNumber(date) * DAY_MS;
}

/** A Postgres DATE as Prisma returns it (UTC midnight) → "YYYY-MM-DD". */
export const fromDbDate = (date: Date): IsoDate => date.toISOString().slice(0, 10);
/** "YYYY-MM-DD" → the UTC-midnight Date Prisma writes to a DATE column unchanged. */
export const toDbDate = (date: IsoDate): Date => new Date(utcMs(date));

export const addDays = (date: IsoDate, days: number): IsoDate => civilFromDays(dayNumber(date) + days);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => dayNumber(to) - dayNumber(from);

// Building a DateTimeFormat is costly and the dashboard asks for the same zone repeatedly.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for an IANA zone the runtime knows ("Pacific/Auckland", "UTC"). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The calendar date at instant `now` in `timeZone`; throws RangeError for an unknown zone. */
export function todayInTimeZone(now: Date, timeZone: string): IsoDate {
  const parts = formatterFor(timeZone).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`;
}

/** A log date is in the future when it is after the learner's own today. */
export function isFutureDate(date: IsoDate, now: Date, timeZone: string): boolean {
  return utcMs(date) > utcMs(todayInTimeZone(now, timeZone));
}

/** ISO weekday: Monday 1 … Sunday 7. */
// Day 0 (1970-01-01) was a Thursday, ISO weekday 4.
export const isoWeekday = (date: IsoDate): number => ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;

/** The Monday of the ISO week containing `date`. */
export const startOfIsoWeek = (date: IsoDate): IsoDate => addDays(date, 1 - isoWeekday(date));

/** ISO 8601 week number; the week belongs to the year of its Thursday (so 2024-12-30 is 2025-W01). */
export function isoWeek(date: IsoDate): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  return { year, week: Math.floor(daysBetween(`${thursday.slice(0, 4)}-01-01`, thursday) / 7) + 1 };
}

/** "2025-W03". */
export function isoWeekKey(date: IsoDate): string {
  const { year, week } = isoWeek(date);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** One row of `SELECT date, SUM(minutes) … GROUP BY date`: only days with entries appear. */
export interface DayMinutes {
  date: IsoDate;
  minutes: number;
}

/** Sums possibly repeated dates into a lookup (SQL gives one row per day; callers may not). */
export function minutesByDate(days: readonly DayMinutes[]): Map<IsoDate, number> {
  const map = new Map<IsoDate, number>();
  for (const day of days) map.set(day.date, (map.get(day.date) ?? 0) + day.minutes);
  return map;
}

/** Heatmap intensity: fixed buckets (not relative to the learner's best day) so a colour always means the same time. */
export const HEATMAP_LEVELS = [
  { level: 1, fromMinutes: 1 },
  { level: 2, fromMinutes: 60 },
  { level: 3, fromMinutes: 120 },
  { level: 4, fromMinutes: 240 },
] as const;

export type HeatmapLevel = 0 | 1 | 2 | 3 | 4;

export function heatmapLevel(minutes: number): HeatmapLevel {
  let level: HeatmapLevel = 0;
  for (const bucket of HEATMAP_LEVELS) if (minutes >= bucket.fromMinutes) level = bucket.level;
  return level;
}

export interface HeatmapCell {
  date: IsoDate;
  minutes: number;
  level: HeatmapLevel;
  /** Days after today in the current week: drawn empty, never "missed". */
  future: boolean;
}

export interface Heatmap {
  /** Oldest first; each week runs Monday → Sunday. */
  weeks: Array<{ start: IsoDate; days: HeatmapCell[] }>;
  from: IsoDate;
  to: IsoDate;
  totalMinutes: number;
  activeDays: number;
  maxMinutes: number;
}

/**
 * A grid of `weeks` ISO weeks ending with the week that contains `today`, filled from the
 * sparse per-day sums. Days outside the grid are ignored; days after today are marked future.
 */
export function buildHeatmap(days: readonly DayMinutes[], today: IsoDate, weeks = 52): Heatmap {
  const byDate = minutesByDate(days);
  const from = addDays(startOfIsoWeek(today), -7 * (weeks - 1));
  const heatmap: Heatmap = { weeks: [], from, to: today, totalMinutes: 0, activeDays: 0, maxMinutes: 0 };
  for (let w = 0; w < weeks; w += 1) {
    const start = addDays(from, 7 * w);
    const cells: HeatmapCell[] = [];
    for (let d = 0; d < 7; d += 1) {
      const date = addDays(start, d);
      const future = date > today; // canonical ISO dates compare correctly as strings
      const minutes = future ? 0 : (byDate.get(date) ?? 0);
      cells.push({ date, minutes, level: heatmapLevel(minutes), future });
      heatmap.totalMinutes += minutes;
      if (minutes > 0) heatmap.activeDays += 1;
      heatmap.maxMinutes = Math.max(heatmap.maxMinutes, minutes);
    }
    heatmap.weeks.push({ start, days: cells });
  }
  return heatmap;
}

/**
 * Consecutive active days ending today, or ending yesterday when nothing is logged yet today:
 * the day isn't over, so an evening learner's streak doesn't read 0 every morning.
 */
export function currentStreak(days: readonly DayMinutes[], today: IsoDate): number {
  const byDate = minutesByDate(days);
  const active = (date: IsoDate) => (byDate.get(date) ?? 0) > 0;
  let day = active(today) ? today : addDays(today, -1);
  let streak = 0;
  while (active(day)) {
    streak += 1;
    day = addDays(day, -1);
  }
  return streak;
}
