import { TZDate } from "@date-fns/tz";
import { isValidTimeZone, type IsoDate } from "@/lib/progress/calendar";
import { formatMinutes } from "@/lib/progress/path";
import { splitAtMidnight, type DayPart, type Moment } from "@/lib/hours/midnight";

/**
 * What stopping a running timer writes: the time from its start to now (or to a trimmed end),
 * cut at the learner's local midnights so each day's entry counts against that day's cap.
 * A timer left running over 12 hours was most likely forgotten, so its full time is only
 * written once the learner confirms it or gives the time they really studied. Pure.
 */

export const LONG_TIMER_MINUTES = 12 * 60;

export type StopChoice = {
  /** The learner confirmed a long timer's full time. */
  confirmLong: boolean;
  /** The time the learner really studied, counted from the start; null keeps "until now". */
  trimmedMinutes: number | null;
};

export type StopProblem = "long" | "trim-over" | "too-short" | "too-long";

export type StopPlan =
  { ok: true; end: Date; parts: DayPart[] } | { ok: false; problem: StopProblem; elapsedMinutes: number };

const pad = (n: number) => String(n).padStart(2, "0");

/** An instant as the learner's wall-clock date and seconds since their midnight. */
export function momentIn(instant: Date, timeZone: string): Moment {
  const local = new TZDate(instant.getTime(), isValidTimeZone(timeZone) ? timeZone : "UTC");
  const date: IsoDate = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
  return { date, seconds: local.getHours() * 3600 + local.getMinutes() * 60 + local.getSeconds() };
}

export function elapsedMinutes(startedAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - startedAt.getTime()) / 60_000));
}

export function planTimerStop(startedAt: Date, now: Date, timeZone: string, choice: StopChoice): StopPlan {
  const elapsed = elapsedMinutes(startedAt, now);
  const refuse = (problem: StopProblem): StopPlan => ({ ok: false, problem, elapsedMinutes: elapsed });
  let end = now;
  if (choice.trimmedMinutes !== null) {
    // A trim shortens; it cannot add time the timer never ran.
    if (choice.trimmedMinutes > elapsed) return refuse("trim-over");
    end = new Date(startedAt.getTime() + choice.trimmedMinutes * 60_000);
  } else if (elapsed > LONG_TIMER_MINUTES && !choice.confirmLong) {
    return refuse("long");
  }
  const zone = isValidTimeZone(timeZone) ? timeZone : "UTC";
  if (end.getTime() - startedAt.getTime() < 60_000) return refuse("too-short");
  const parts = splitAtMidnight(momentIn(startedAt, zone), momentIn(end, zone), zone);
  if (parts === null) return refuse("too-long");
  if (parts.length === 0) return refuse("too-short");
  return { ok: true, end, parts };
}

/** The message for a refused stop, on the form's duration field. */
export function stopProblemMessage(problem: StopProblem, elapsed: number): string {
  const ran = formatMinutes(elapsed);
  switch (problem) {
    case "long":
      return (
        `This timer has been running for ${ran}, more than ${formatMinutes(LONG_TIMER_MINUTES)}. ` +
        "Tick “Keep the full time” to log all of it, or enter how long you actually studied."
      );
    case "trim-over":
      return `The timer has only run for ${ran}: enter that or less.`;
    case "too-short":
      return "Less than a minute has passed: keep the timer running, or discard it.";
    case "too-long":
      return `This timer has been running for ${ran}, more than a week: enter how long you actually studied.`;
  }
}
