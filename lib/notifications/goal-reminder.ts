import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoWeekday, startOfIsoWeek, toDbDate, todayInTimeZone, type IsoDate } from "@/lib/progress/calendar";
import { isBehindGoal } from "@/lib/progress/goal";
import { formatMinutes } from "@/lib/progress/path";
import { NOTIFICATION_KINDS } from "@/lib/notifications/schema";

type Tx = Prisma.TransactionClient;
export type GoalReminder = { id: string; title: string; body: string; href: string | null };

/** The learner's today; an unknown stored zone falls back to UTC rather than failing the whole run. */
function learnerToday(now: Date, timeZone: string): IsoDate {
  try {
    return todayInTimeZone(now, timeZone);
  } catch {
    return todayInTimeZone(now, "UTC");
  }
}

/**
 * The digest's weekly-goal reminder: when the learner has a goal and is behind it this week
 * (lib/progress/goal.ts#isBehindGoal: logged since Monday < goal × days of the week over / 7, in
 * their own time zone), a notification saying so, written already emailed (`emailedAt: now`) so
 * it is part of this digest and counts as "the last digest" for the once-a-day rule. An earlier
 * reminder still unread is marked read: it is out of date, and one is enough in the app. Runs
 * inside the digest's claim transaction, so a reminder exists only if the claim commits.
 */
export async function createGoalReminder(
  tx: Tx,
  user: { id: string; timeZone: string },
  now: Date,
): Promise<GoalReminder | null> {
  // The goal of the learner's ACTIVE guide (the one their dashboard shows), against that guide's hours.
  const enrollment = await tx.enrollment.findFirst({
    where: { userId: user.id },
    orderBy: [{ activatedAt: "desc" }, { startedAt: "asc" }, { id: "asc" }],
    select: { weeklyGoalMinutes: true, guideId: true },
  });
  const goal = enrollment?.weeklyGoalMinutes;
  if (!goal) return null;
  const today = learnerToday(now, user.timeZone);
  const daysElapsed = isoWeekday(today) - 1;
  if (daysElapsed === 0) return null; // Monday: nothing is owed yet, so no query either
  const week = await tx.timeEntry.aggregate({
    where: {
      learnerId: user.id,
      phase: { guideId: enrollment.guideId },
      date: { gte: toDbDate(startOfIsoWeek(today)), lte: toDbDate(today) },
    },
    _sum: { minutes: true },
  });
  const logged = week._sum.minutes ?? 0;
  if (!isBehindGoal(logged, goal, daysElapsed)) return null;
  await tx.notification.updateMany({
    where: { userId: user.id, kind: NOTIFICATION_KINDS.goalBehind, readAt: null },
    data: { readAt: now },
  });
  return tx.notification.create({
    data: {
      userId: user.id,
      kind: NOTIFICATION_KINDS.goalBehind,
      title: "You are behind your weekly goal",
      body:
        `${formatMinutes(logged)} logged since Monday of your ${formatMinutes(goal)} a week; ` +
        `${formatMinutes(goal - logged)} to go by Sunday.`,
      href: "/dashboard",
      createdAt: now,
      emailedAt: now,
    },
    select: { id: true, title: true, body: true, href: true },
  });
}
