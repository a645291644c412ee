/**
 * Display formats for the dashboard that lib/tracking doesn't have (it formats durations;
 * these format dates and headline hours). Pure, so server and client components share them.
 */
import type { IsoDate } from "@/lib/tracking/calendar";

// A calendar date is a UTC midnight (calendar.ts), so it is always formatted in UTC.
const dayMonthYear = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const monthOnly = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });

/** "3 Mar 2026". */
export const formatIsoDate = (date: IsoDate): string => dayMonthYear.format(new Date(`${date}T00:00:00Z`));

/** "Mar". */
export const formatMonth = (date: IsoDate): string => monthOnly.format(new Date(`${date}T00:00:00Z`));

/** An instant in the learner's own zone: "28 Nov 2026, 10:09". */
export function formatInstant(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone,
  }).format(at);
}

/**
 * Headline hours with one decimal, rounded DOWN: 59 h 59 min reads "59.9 h", never "60 h",
 * so a headline never suggests a threshold is met when it isn't.
 */
export function formatDecimalHours(minutes: number): string {
  const tenths = Math.floor(Math.max(0, minutes) / 6);
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)} h`;
}
