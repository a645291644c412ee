/**
 * Pace and projections. Pace is hours per week over a rolling window of the last 4 weeks
 * (28 days ending today, today included); a projection divides the remaining hours by a pace.
 * Pure: "today" is the learner's calendar date, resolved by the caller (calendar.ts).
 */
import { addDays, daysBetween, minutesByDate, startOfIsoWeek, type DayMinutes, type IsoDate } from "./calendar";
import { activePhases, currentPhase, pathTotalHours, type PhaseInput, type PhaseProgress } from "./path";

export const PACE_WINDOW_WEEKS = 4;
/** What pace is called wherever it is shown as a column or a field: tables, CSV, mentee cards. */
export const PACE_LABEL = `Pace (h/week, last ${PACE_WINDOW_WEEKS} weeks)`;
/** A week has 168 hours; a what-if above that is a typo, not a plan. */
export const MAX_HOURS_PER_WEEK = 168;

export interface Pace {
  windowStart: IsoDate;
  windowEnd: IsoDate;
  /** Days the average is taken over (at least 7, see paceOverLastWeeks). */
  windowDays: number;
  minutesInWindow: number;
  hoursPerWeek: number;
}

/**
 * Average hours per week over the last `weeks` weeks. For a learner who started less than
 * `weeks` weeks ago, the window starts on `startedOn` instead, so a new learner isn't shown a
 * quarter of their real pace; it is never shorter than 7 days, so one busy first day isn't
 * extrapolated into an impossible week. Time logged before `startedOn` (an enrollment made
 * after the work, hours imported for earlier weeks, or no enrollment at all) is real activity:
 * the learner started on the earlier of the two, so the window never cuts it off.
 */
export function paceOverLastWeeks(
  days: readonly DayMinutes[],
  today: IsoDate,
  options: { weeks?: number; startedOn?: IsoDate } = {},
): Pace {
  const weeks = options.weeks ?? PACE_WINDOW_WEEKS;
  const fullStart = addDays(today, -(7 * weeks - 1));
  const logged = minutesByDate(days);
  let firstLogged: IsoDate | undefined;
  for (const [date, minutes] of logged) {
    if (minutes > 0 && date >= fullStart && date <= today && (firstLogged === undefined || date < firstLogged)) {
      firstLogged = date;
    }
  }
  const startedOn =
    options.startedOn !== undefined && firstLogged !== undefined && firstLogged < options.startedOn
      ? firstLogged
      : options.startedOn;
  let windowStart = startedOn !== undefined && startedOn > fullStart ? startedOn : fullStart;
  if (daysBetween(windowStart, today) + 1 < 7) windowStart = addDays(today, -6);
  const windowDays = daysBetween(windowStart, today) + 1;
  let minutesInWindow = 0;
  for (const [date, minutes] of logged) {
    if (date >= windowStart && date <= today) minutesInWindow += minutes;
  }
  const hoursPerWeek = Math.round((minutesInWindow / 60 / (windowDays / 7)) * 10) / 10;
  return { windowStart, windowEnd: today, windowDays, minutesInWindow, hoursPerWeek };
}

/** Minutes per ISO week (Monday start) for the last `weeks` weeks, oldest first: the pace chart. */
export function weeklyMinutes(
  days: readonly DayMinutes[],
  today: IsoDate,
  weeks = PACE_WINDOW_WEEKS,
): Array<{ weekStart: IsoDate; minutes: number }> {
  const first = addDays(startOfIsoWeek(today), -7 * (weeks - 1));
  const result = Array.from({ length: weeks }, (_, i) => ({ weekStart: addDays(first, 7 * i), minutes: 0 }));
  for (const [date, minutes] of minutesByDate(days)) {
    if (date < first || date > today) continue;
    const bucket = result[Math.floor(daysBetween(first, date) / 7)];
    if (bucket) bucket.minutes += minutes;
  }
  return result;
}

export type Projection =
  | { status: "projected"; date: IsoDate; daysFromToday: number; remainingMinutes: number; hoursPerWeek: number }
  | { status: "complete"; date: null; remainingMinutes: 0; reason: string }
  | { status: "no-pace"; date: null; remainingMinutes: number; reason: string }
  | { status: "invalid-pace"; date: null; remainingMinutes: number; reason: string };

function project(remainingMinutes: number, hoursPerWeek: number, today: IsoDate): Projection {
  const remaining = Math.max(0, Math.round(remainingMinutes));
  if (remaining === 0) return { status: "complete", date: null, remainingMinutes: 0, reason: "No hours remain." };
  if (!Number.isFinite(hoursPerWeek) || hoursPerWeek < 0 || hoursPerWeek > MAX_HOURS_PER_WEEK) {
    return {
      status: "invalid-pace",
      date: null,
      remainingMinutes: remaining,
      reason: `Hours per week must be between 0 and ${MAX_HOURS_PER_WEEK}.`,
    };
  }
  if (hoursPerWeek === 0) {
    return {
      status: "no-pace",
      date: null,
      remainingMinutes: remaining,
      reason: "At 0 hours a week there is no completion date: log some time to get a projection.",
    };
  }
  // The epsilon absorbs float noise so 60 h at 10 h/week is exactly 42 days, not 43.
  const daysFromToday = Math.max(1, Math.ceil((remaining * 7) / (hoursPerWeek * 60) - 1e-9));
  return {
    status: "projected",
    date: addDays(today, daysFromToday),
    daysFromToday,
    remainingMinutes: remaining,
    hoursPerWeek,
  };
}

/** The "what if I did N hours a week" control: when `remainingHours` are done at that pace. */
export function projectWithWeeklyHours(remainingHours: number, hoursPerWeek: number, today: IsoDate): Projection {
  return project(remainingHours * 60, hoursPerWeek, today);
}

export interface CompletionProjections {
  /** Null when every phase is complete. */
  currentPhase: { phase: PhaseProgress; projection: Projection } | null;
  path: Projection;
}

/**
 * Projected completion of the current phase (its estimate minus its logged hours) and of the
 * path (path total minus all logged hours) at `hoursPerWeek`: the measured pace, or the
 * what-if value. A current phase whose hours are spent but whose deliverables wait for review
 * projects as "complete" for hours; the dashboard shows the pending deliverables beside it.
 */
export function projectCompletion(
  phases: readonly PhaseInput[],
  totalLoggedMinutes: number,
  hoursPerWeek: number,
  today: IsoDate,
): CompletionProjections {
  const phase = currentPhase(phases);
  const pathMinutes = pathTotalHours(activePhases(phases)) * 60;
  return {
    currentPhase: phase ? { phase, projection: project(phase.remainingMinutes, hoursPerWeek, today) } : null,
    path: project(pathMinutes - totalLoggedMinutes, hoursPerWeek, today),
  };
}
