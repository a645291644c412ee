import { isIsoDate, isValidTimeZone, todayInTimeZone, type IsoDate } from "@/lib/progress/calendar";
import { formatMinutes, MINUTES_PER_DAY } from "@/lib/progress/path";

/**
 * Small rules and wording shared by the log form, the list and the CSV report. Pure (the
 * current instant is passed in). Dates are calendar dates
 * ("YYYY-MM-DD"), so they are formatted in UTC: formatting them in the server's or the
 * browser's zone could shift them by a day.
 */

const shortDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const longDate = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** "2 Mar 2026". */
export function formatLogDate(date: IsoDate): string {
  return isIsoDate(date) ? shortDate.format(new Date(`${date}T00:00:00Z`)) : date;
}

/** "Mon, 2 Mar 2026". */
export function formatLogDateLong(date: IsoDate): string {
  return isIsoDate(date) ? longDate.format(new Date(`${date}T00:00:00Z`)) : date;
}

/**
 * "That would make 25 h 10 min on 2 Mar 2026; a day holds at most 24 h (22 h 40 min already
 * logged)." `inFileMinutes` adds what earlier rows of an imported file put on the same day.
 */
export function dailyCapMessage(date: IsoDate, newMinutes: number, loggedMinutes: number, inFileMinutes = 0): string {
  const total = loggedMinutes + inFileMinutes + newMinutes;
  const already = `${formatMinutes(loggedMinutes)} already logged`;
  const earlier = inFileMinutes > 0 ? `, ${formatMinutes(inFileMinutes)} in earlier rows of this file` : "";
  return (
    `That would make ${formatMinutes(total)} on ${formatLogDate(date)}; ` +
    `a day holds at most ${formatMinutes(MINUTES_PER_DAY)} (${already}${earlier}).`
  );
}

/**
 * The learner's today. Profiles only accept known zones, but a zone the runtime stops knowing
 * must not break logging: fall back to UTC, which the database's own future check also uses.
 */
export function learnerToday(timeZone: string, now: Date): IsoDate {
  return todayInTimeZone(now, isValidTimeZone(timeZone) ? timeZone : "UTC");
}
