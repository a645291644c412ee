import "server-only";
import { ActionError, type FieldErrors } from "@/lib/actions/result";
import { INVALID_INPUT_MESSAGE } from "@/lib/actions/safe-action";
import type { CurrentUser } from "@/lib/auth/session";
import { learnerGuide } from "@/lib/guides/enrollment";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { toDbDate } from "@/lib/progress/calendar";
import { minutesLoggedOn } from "@/lib/hours/queries";
import { dailyCapMessage, learnerToday } from "@/lib/hours/learner-day";
import {
  dateProblem,
  ENTRY_NOT_FOUND_MESSAGE,
  FUTURE_DATE_MESSAGE,
  PHASE_MESSAGE,
  ARCHIVED_PHASE_EDIT_MESSAGE,
  SUB_SKILL_MESSAGE,
  pickEntry,
  type TimeEntryInput,
  type LogHoursInput,
  type UpdateTimeEntryInput,
} from "@/lib/hours/schema";

/**
 * Writes of a learner's own time entries. The caller is always the owner: every statement
 * filters on `learnerId`, so an id that isn't theirs finds nothing.
 *
 * The daily 24 h cap is the database's (trigger `TimeEntry_daily_cap`, serialised per learner
 * and day by an advisory lock), so it holds under concurrent submits. Here its refusal is only
 * translated into a message on the duration field, with the day's figures read after the fact.
 */

type Learner = Pick<CurrentUser, "id" | "timeZone">;
type Kept = { phaseId: string; subSkillId: string | null };

export type SavedEntry = { id: string; date: Date; minutes: number };
const savedSelect = { id: true, date: true, minutes: true } as const;

/**
 * The checks that need the learner: the date is not after their today, the phase and the
 * sub-skill belong to the guide (the learner's active one unless the caller names another of
 * theirs: the API's `guide`, an edited entry's own) and are not archived. On edit, an entry may keep the phase
 * or sub-skill it already has even if that was archived since: fixing a note must not force
 * the learner to move the hours.
 */
async function checkEntry(
  learner: Learner,
  input: TimeEntryInput,
  now: Date,
  { kept, guideId: named }: { kept?: Kept; guideId?: string } = {},
): Promise<void> {
  const errors: FieldErrors = {};
  const dateError = dateProblem(input.date, learnerToday(learner.timeZone, now));
  if (dateError) errors.date = [dateError];
  const guideId = named ?? (await learnerGuide(learner.id)).guideId;
  const active = (keep: boolean) => (keep ? {} : { archivedAt: null });
  const [phase, subSkill] = await Promise.all([
    db().phase.findFirst({
      where: { id: input.phaseId, guideId, ...active(kept?.phaseId === input.phaseId) },
      select: { id: true },
    }),
    input.subSkillId
      ? db().subSkill.findFirst({
          where: { id: input.subSkillId, guideId, ...active(kept?.subSkillId === input.subSkillId) },
          select: { id: true },
        })
      : null,
  ]);
  if (!phase) errors.phaseId = [PHASE_MESSAGE];
  if (input.subSkillId && !subSkill) errors.subSkillId = [SUB_SKILL_MESSAGE];
  if (Object.keys(errors).length > 0) throw new ActionError(INVALID_INPUT_MESSAGE, errors);
}

/** The row's columns: the entry's own fields, with the calendar date as the database's date. */
function entryData(input: TimeEntryInput) {
  const { date, ...rest } = pickEntry(input);
  return { ...rest, date: toDbDate(date) };
}

/**
 * Logs an entry on the learner's active guide, or on `guideId` when the caller resolved another
 * guide the learner is enrolled in (the API's `guide` slug, lib/api/catalog.ts).
 */
export async function logHours(
  learner: Learner,
  input: LogHoursInput,
  now = new Date(),
  { guideId }: { guideId?: string } = {},
): Promise<SavedEntry & { duplicate: boolean }> {
  await checkEntry(learner, input, now, { guideId });
  const prisma = db();
  try {
    const entry = await prisma.timeEntry.create({
      data: { learnerId: learner.id, idempotencyKey: input.idempotencyKey, ...entryData(input) },
      select: savedSelect,
    });
    return { ...entry, duplicate: false };
  } catch (error) {
    // A double submit: the first request's entry is the answer. Its twin fails on the unique
    // key, or on the cap when the first filled the day (the trigger runs before the index).
    if (isUniqueViolation(error) || isDailyCapViolation(error)) {
      const first = await prisma.timeEntry.findUnique({
        where: { learnerId_idempotencyKey: { learnerId: learner.id, idempotencyKey: input.idempotencyKey } },
        select: savedSelect,
      });
      if (first) return { ...first, duplicate: true };
    }
    throw await translateDbError(error, learner.id, input);
  }
}

export async function updateTimeEntry(learner: Learner, input: UpdateTimeEntryInput, now = new Date()): Promise<void> {
  const prisma = db();
  const current = await prisma.timeEntry.findFirst({
    where: { id: input.id, learnerId: learner.id },
    select: {
      phaseId: true,
      subSkillId: true,
      minutes: true,
      date: true,
      phase: { select: { archivedAt: true, guideId: true } },
    },
  });
  if (!current) throw new ActionError(ENTRY_NOT_FOUND_MESSAGE);
  // An entry stays on its own guide: it may move between that guide's phases, not to another's.
  await checkEntry(learner, input, now, { kept: current, guideId: current.phase.guideId });
  // An archived phase takes no new hours (checkEntry refuses new entries there); an entry kept
  // on one may have its note or sub-skill fixed, or its hours reduced, but not grow or move to
  // another day: that would be new hours by another door.
  if (
    current.phase.archivedAt &&
    input.phaseId === current.phaseId &&
    (input.minutes > current.minutes || toDbDate(input.date).getTime() !== current.date.getTime())
  ) {
    throw new ActionError(ARCHIVED_PHASE_EDIT_MESSAGE, { phaseId: [ARCHIVED_PHASE_EDIT_MESSAGE] });
  }
  let count: number;
  try {
    ({ count } = await prisma.timeEntry.updateMany({
      where: { id: input.id, learnerId: learner.id },
      data: entryData(input),
    }));
  } catch (error) {
    throw await translateDbError(error, learner.id, input, input.id);
  }
  if (count === 0) throw new ActionError(ENTRY_NOT_FOUND_MESSAGE); // deleted in another tab meanwhile
}

export async function deleteTimeEntry(learner: Learner, id: string): Promise<void> {
  const { count } = await db().timeEntry.deleteMany({ where: { id, learnerId: learner.id } });
  if (count === 0) throw new ActionError(ENTRY_NOT_FOUND_MESSAGE);
}

// ─── Database refusals ──────────────────────────────────────────────────────

/** The PostgreSQL error behind a Prisma error, as the pg driver adapter reports it. */
export function postgresCause(error: unknown): { code?: string; message: string } | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  const cause = (
    error.meta as { driverAdapterError?: { cause?: { originalCode?: string; originalMessage?: string } } } | undefined
  )?.driverAdapterError?.cause;
  return { code: cause?.originalCode, message: cause?.originalMessage ?? error.message };
}

export const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

// The trigger raises SQLSTATE 23514 with these messages (see the init migration).
export function isDailyCapViolation(error: unknown): boolean {
  const cause = postgresCause(error);
  return cause !== null && cause.code === "23514" && /daily total for/.test(cause.message);
}

function isFutureDateViolation(error: unknown): boolean {
  const cause = postgresCause(error);
  return cause !== null && cause.code === "23514" && /is in the future/.test(cause.message);
}

/** The trigger's refusals as field errors; anything else is returned unchanged for the action wrapper. */
async function translateDbError(
  error: unknown,
  learnerId: string,
  input: TimeEntryInput,
  editedEntryId?: string,
): Promise<unknown> {
  if (isDailyCapViolation(error)) {
    const logged = await minutesLoggedOn(learnerId, input.date, editedEntryId);
    return new ActionError(INVALID_INPUT_MESSAGE, { duration: [dailyCapMessage(input.date, input.minutes, logged)] });
  }
  if (isFutureDateViolation(error)) return new ActionError(INVALID_INPUT_MESSAGE, { date: [FUTURE_DATE_MESSAGE] });
  return error;
}
