/**
 * The weekly goal: the hours a learner means to study each week (Enrollment.weeklyGoalMinutes),
 * this week against it, and when the path ends if the goal is kept. Weeks start on Monday in the
 * learner's time zone, like the heatmap and the pace chart. Pure: "today" is the learner's
 * calendar date, resolved by the caller (calendar.ts). The rules are documented in
 * docs/proficiency.md ("The weekly goal").
 */
import { addDays, isoWeekday, minutesByDate, startOfIsoWeek, type DayMinutes, type IsoDate } from "./calendar";
import { projectWithWeeklyHours, type Projection } from "./pace";

/** 100 h a week: more is a typo, not a plan (the database's CHECK says the same). */
export const MAX_WEEKLY_GOAL_MINUTES = 100 * 60;

export interface WeekAgainstGoal {
  /** Monday and Sunday of the week that contains today. */
  weekStart: IsoDate;
  weekEnd: IsoDate;
  goalMinutes: number;
  /** Logged from Monday through today (today's entries included). */
  loggedMinutes: number;
  /** Whole days of the week already over: Monday 0 … Sunday 6. */
  daysElapsed: number;
  /** What the goal asks for by the start of today: goal × daysElapsed / 7, in minutes. */
  expectedMinutes: number;
  /** Logged less than expected (see isBehindGoal). Never on a Monday: no day is over yet. */
  behind: boolean;
  met: boolean;
  /** Still to log this week to meet the goal, 0 once met. */
  remainingMinutes: number;
}

/**
 * Behind means `logged < goal × daysElapsed / 7`, where daysElapsed counts the days of the week
 * before today. Today is not counted as owed: the day is not over, so an evening learner is not
 * told off in the morning (and the digest, sent in the morning, never nags on a Monday).
 * Compared in whole numbers (logged × 7 < goal × daysElapsed), so no rounding decides it.
 */
export function isBehindGoal(loggedMinutes: number, goalMinutes: number, daysElapsed: number): boolean {
  return loggedMinutes * 7 < goalMinutes * daysElapsed;
}

/** This week (Monday to today) against the goal, from per-day sums such as the dashboard's. */
export function weekAgainstGoal(days: readonly DayMinutes[], today: IsoDate, goalMinutes: number): WeekAgainstGoal {
  const weekStart = startOfIsoWeek(today);
  let loggedMinutes = 0;
  for (const [date, minutes] of minutesByDate(days)) {
    if (date >= weekStart && date <= today) loggedMinutes += minutes;
  }
  const daysElapsed = isoWeekday(today) - 1;
  return {
    weekStart,
    weekEnd: addDays(weekStart, 6),
    goalMinutes,
    loggedMinutes,
    daysElapsed,
    expectedMinutes: Math.round((goalMinutes * daysElapsed) / 7),
    behind: isBehindGoal(loggedMinutes, goalMinutes, daysElapsed),
    met: loggedMinutes >= goalMinutes,
    remainingMinutes: Math.max(0, goalMinutes - loggedMinutes),
  };
}

/**
 * When the path's remaining hours are done at the goal's hours a week, counted from today:
 * "At 6 h a week you finish around 14 Aug 2027". The same arithmetic as the what-if control.
 */
export function projectWithGoal(remainingMinutes: number, goalMinutes: number, today: IsoDate): Projection {
  return projectWithWeeklyHours(remainingMinutes / 60, goalMinutes / 60, today);
}

export interface WeeklyGoal {
  week: WeekAgainstGoal;
  path: Projection;
}

/** The dashboard's goal card: null while the learner has set no goal. */
export function weeklyGoal(
  days: readonly DayMinutes[],
  today: IsoDate,
  goalMinutes: number | null,
  pathRemainingMinutes: number,
): WeeklyGoal | null {
  if (goalMinutes === null || goalMinutes <= 0) return null;
  return {
    week: weekAgainstGoal(days, today, goalMinutes),
    path: projectWithGoal(pathRemainingMinutes, goalMinutes, today),
  };
}
