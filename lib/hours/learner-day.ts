import { isValidTimeZone, todayInTimeZone, type IsoDate } from "@/lib/progress/calendar";
import { formatIsoDate } from "@/lib/ui/format";
import { formatMinutes, MINUTES_PER_DAY } from "@/lib/progress/path";

/**
 * The learner's calendar day, which the hours feature judges entries by: their "today" and
 * the wording of the 24 h daily cap. Pure (the current instant is passed in).
 */

/**
 * "That would make 25 h 10 min on 2 Mar 2026; a day holds at most 24 h (22 h 40 min already
 * logged)." `inFileMinutes` adds what earlier rows of an imported file put on the same day.
 */
export function dailyCapMessage(date: IsoDate, newMinutes: number, loggedMinutes: number, inFileMinutes = 0): string {
  const total = loggedMinutes + inFileMinutes + newMinutes;
  const already = `${formatMinutes(loggedMinutes)} already logged`;
  const earlier = inFileMinutes > 0 ? `, ${formatMinutes(inFileMinutes)} in earlier rows of this file` : "";
  return (
    `That would make ${formatMinutes(total)} on ${formatIsoDate(date)}; ` +
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
