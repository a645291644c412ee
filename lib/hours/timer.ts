import "server-only";
import { ActionError, type FieldErrors } from "@/lib/actions/result";
import { INVALID_INPUT_MESSAGE } from "@/lib/actions/safe-action";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { learnerGuide } from "@/lib/guides/enrollment";
import { toDbDate } from "@/lib/progress/calendar";
import { minutesLoggedOn } from "@/lib/hours/queries";
import { dailyCapMessage } from "@/lib/hours/learner-day";
import type { DayPart } from "@/lib/hours/midnight";
import { isDailyCapViolation, isUniqueViolation, postgresCause } from "@/lib/hours/mutations";
import { PHASE_MESSAGE, SUB_SKILL_MESSAGE } from "@/lib/hours/schema";
import { planTimerStop, stopProblemMessage } from "@/lib/hours/timer-plan";
import type { StartTimerInput, StopTimerInput } from "@/lib/hours/timer-schema";

/**
 * The learner's running timer. It has no id: the learner is its key, so every statement acts
 * on the caller's own timer and nobody can reach another learner's. One timer per learner is
 * the primary key's, so two tabs starting at once make one timer and the other is told.
 */

type Learner = Pick<CurrentUser, "id" | "timeZone">;

export const TIMER_RUNNING_MESSAGE = "A timer is already running. Stop or discard it before starting another.";
export const NO_TIMER_MESSAGE = "No timer is running: it may have been stopped in another tab. Reload the page.";
export const STOP_PHASE_MESSAGE = "Choose the phase this time goes to.";
const STILL_RUNNING = "The timer is still running: enter a shorter time, or discard it.";

/** The phase and sub-skill must be active ones of the learner's guide, as for any entry. */
async function refProblems(learnerId: string, phaseId: string | null, subSkillId: string | null) {
  const errors: FieldErrors = {};
  if (!phaseId && !subSkillId) return errors;
  const { guideId } = await learnerGuide(learnerId);
  const [phase, subSkill] = await Promise.all([
    phaseId ? db().phase.findFirst({ where: { id: phaseId, guideId, archivedAt: null }, select: { id: true } }) : null,
    subSkillId
      ? db().subSkill.findFirst({ where: { id: subSkillId, guideId, archivedAt: null }, select: { id: true } })
      : null,
  ]);
  if (phaseId && !phase) errors.phaseId = [PHASE_MESSAGE];
  if (subSkillId && !subSkill) errors.subSkillId = [SUB_SKILL_MESSAGE];
  return errors;
}

function refuseIf(errors: FieldErrors) {
  if (Object.keys(errors).length > 0) throw new ActionError(INVALID_INPUT_MESSAGE, errors);
}

export async function startTimer(learner: Learner, input: StartTimerInput, now = new Date()): Promise<Date> {
  refuseIf(await refProblems(learner.id, input.phaseId, input.subSkillId));
  try {
    const timer = await db().runningTimer.create({
      data: { learnerId: learner.id, ...input, startedAt: now },
      select: { startedAt: true },
    });
    return timer.startedAt;
  } catch (error) {
    if (isUniqueViolation(error)) throw new ActionError(TIMER_RUNNING_MESSAGE);
    throw error;
  }
}

/**
 * Turns the timer into entries, one per local day it ran, and deletes it, in one transaction:
 * the daily-cap trigger refuses all or nothing, and a refusal leaves the timer running. The
 * timer row is deleted first, so a second tab stopping at the same moment waits on that row
 * and then finds no timer instead of writing the entries twice.
 */
export async function stopTimer(learner: Learner, input: StopTimerInput, now = new Date()): Promise<DayPart[]> {
  const prisma = db();
  const timer = await prisma.runningTimer.findUnique({
    where: { learnerId: learner.id },
    select: { startedAt: true, phaseId: true, subSkillId: true, note: true },
  });
  if (!timer) throw new ActionError(NO_TIMER_MESSAGE);
  // What stop does not send keeps what start set; an emptied sub-skill or note clears it
  // (lib/hours/timer-schema.ts). An entry needs a phase, so an empty one keeps start's.
  const phaseId = input.phaseId ?? timer.phaseId;
  const subSkillId = input.subSkillId === undefined ? timer.subSkillId : input.subSkillId;
  const note = input.note === undefined ? timer.note : input.note;
  const errors = await refProblems(learner.id, phaseId, subSkillId);
  if (!phaseId) errors.phaseId = [STOP_PHASE_MESSAGE];
  const plan = planTimerStop(timer.startedAt, now, learner.timeZone, input);
  if (!plan.ok) errors.duration = [stopProblemMessage(plan.problem, plan.elapsedMinutes)];
  refuseIf(errors);
  if (!plan.ok || !phaseId) throw new Error("unreachable: refused above");
  try {
    await prisma.$transaction(async (tx) => {
      const { count } = await tx.runningTimer.deleteMany({
        where: { learnerId: learner.id, startedAt: timer.startedAt },
      });
      if (count === 0) throw new ActionError(NO_TIMER_MESSAGE);
      for (const part of plan.parts) {
        await tx.timeEntry.create({
          data: { learnerId: learner.id, phaseId, subSkillId, note, date: toDbDate(part.date), minutes: part.minutes },
          select: { id: true },
        });
      }
    });
  } catch (error) {
    if (!isDailyCapViolation(error)) throw error;
    // The trigger names the day it refused ("daily total for 2026-03-02 would be …").
    const date = /daily total for (\d{4}-\d{2}-\d{2})/.exec(postgresCause(error)?.message ?? "")?.[1];
    const part = plan.parts.find((p) => p.date === date) ?? plan.parts[0]!;
    const logged = await minutesLoggedOn(learner.id, part.date);
    throw new ActionError(INVALID_INPUT_MESSAGE, {
      duration: [`${dailyCapMessage(part.date, part.minutes, logged)} ${STILL_RUNNING}`],
    });
  }
  return plan.parts;
}

/** Whether there was a timer: discarding twice (two tabs) is the same outcome, not a failure. */
export async function discardTimer(learner: Learner): Promise<boolean> {
  const { count } = await db().runningTimer.deleteMany({ where: { learnerId: learner.id } });
  return count > 0;
}
