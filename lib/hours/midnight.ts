import { TZDate } from "@date-fns/tz";
import { addDays, type IsoDate } from "@/lib/progress/calendar";

/**
 * A tracked session from a start to an end, as wall-clock date and time in the learner's time
 * zone, cut at each local midnight: 23:30–00:45 gives 30 min on the first day and 45 min on
 * the next, since the daily cap and the calendar count a learner's days. Minutes are real
 * elapsed time in that zone, so a session across a daylight-saving change counts the hour
 * the clocks skipped or repeated correctly. Pure.
 */

export type DayPart = { date: IsoDate; minutes: number };
export type Moment = { date: IsoDate; seconds: number };

function instant(date: IsoDate, seconds: number, timeZone: string): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new TZDate(year, month - 1, day, 0, 0, seconds, timeZone).getTime();
}

/** The session's minutes per local day, in order; null when it ends before it starts or spans over 7 days. */
export function splitAtMidnight(start: Moment, end: Moment, timeZone: string): DayPart[] | null {
  const from = instant(start.date, start.seconds, timeZone);
  const to = instant(end.date, end.seconds, timeZone);
  if (!(to > from) || end.date > addDays(start.date, 7)) return null;
  const parts: DayPart[] = [];
  for (let date = start.date; date <= end.date; date = addDays(date, 1)) {
    const dayStart = Math.max(from, instant(date, 0, timeZone));
    const dayEnd = Math.min(to, instant(addDays(date, 1), 0, timeZone));
    const minutes = Math.round((dayEnd - dayStart) / 60_000);
    if (minutes > 0) parts.push({ date, minutes });
  }
  return parts;
}
