/**
 * How dates and headline hours read everywhere in the app (en-GB: "3 Mar 2026, 14:05").
 * lib/progress formats durations; this formats the rest. Pure, so server and client
 * components share it, and an instant is always formatted in the viewer's own time zone.
 */
import { isIsoDate, type IsoDate } from "@/lib/progress/calendar";

// A calendar date is a UTC midnight (calendar.ts), so it is always formatted in UTC.
// Each formatter is built on first use, not at import: building an Intl.DateTimeFormat loads
// locale data (tens of milliseconds on a phone), and a client component importing this module
// for one helper would otherwise pay for all three while the page starts (Lighthouse's TBT).
const lazyFormat = (options: Intl.DateTimeFormatOptions) => {
  let format: Intl.DateTimeFormat | undefined;
  return () => (format ??= new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }));
};
const dayMonthYear = lazyFormat({ day: "numeric", month: "short", year: "numeric" });
const weekdayDayMonthYear = lazyFormat({ weekday: "short", day: "numeric", month: "short", year: "numeric" });
const monthOnly = lazyFormat({ month: "short" });

// Something that is not a real date (a hand-edited URL, a bad CSV cell) is shown as it came.
const asCalendarDate = (date: IsoDate, format: () => Intl.DateTimeFormat): string =>
  isIsoDate(date) ? format().format(new Date(`${date}T00:00:00Z`)) : date;

/** "3 Mar 2026". */
export const formatIsoDate = (date: IsoDate): string => asCalendarDate(date, dayMonthYear);

/** "Tue, 3 Mar 2026": where the weekday helps (a learner's log). */
export const formatIsoDateLong = (date: IsoDate): string => asCalendarDate(date, weekdayDayMonthYear);

/** "Mar". */
export const formatMonth = (date: IsoDate): string => monthOnly().format(new Date(`${date}T00:00:00Z`));

// Intl formatters are costly to build; one per time zone and shape is kept.
const inZone = new Map<string, Intl.DateTimeFormat>();
function zonedFormatter(timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withTime}`;
  let format = inZone.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      ...(withTime ? { hour: "2-digit", minute: "2-digit" } : {}),
      timeZone,
    });
    inZone.set(key, format);
  }
  return format;
}

/** An instant in the viewer's own zone: "28 Nov 2026, 10:09". */
export const formatInstant = (at: Date, timeZone: string): string => zonedFormatter(timeZone, true).format(at);

/** The day an instant fell on in the viewer's own zone: "28 Nov 2026". */
export const formatInstantDay = (at: Date, timeZone: string): string => zonedFormatter(timeZone, false).format(at);

/**
 * Headline hours with one decimal, rounded DOWN: 59 h 59 min reads "59.9 h", never "60 h",
 * so a headline never suggests a threshold is met when it isn't.
 */
export function formatDecimalHours(minutes: number): string {
  const tenths = Math.floor(Math.max(0, minutes) / 6);
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)} h`;
}

// Counts and articles (plural, countOf, withArticle) live in lib/words.ts, so lib/progress can
// use them without a lib/progress ↔ lib/ui cycle; the UI imports them from here with the rest.
export { countOf, plural, pluralNoun, withArticle } from "@/lib/words";
