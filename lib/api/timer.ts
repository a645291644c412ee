import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { startTimer, stopTimer, NO_TIMER_MESSAGE, TIMER_RUNNING_MESSAGE } from "@/lib/hours/timer";
import { startTimerSchema as appStartSchema, stopTimerSchema as appStopSchema } from "@/lib/hours/timer-schema";
import { ActionError, type FieldErrors } from "@/lib/actions/result";
import { guideCatalog, phaseIdOf, phaseNumberOf, subSkillIdOf, type GuideCatalog } from "@/lib/api/catalog";
import { ApiError, INVALID_INPUT } from "@/lib/api/problem";
import type { StopTimerApiInput, TimerRefsInput } from "@/lib/api/schema";

/**
 * The header timer through the API: the same running timer (one per learner, lib/hours/timer.ts),
 * started and stopped by the same mutations, so a timer started from a script shows in the
 * browser's header and the other way round. Stopping splits at the learner's midnights and the
 * daily cap refuses all or nothing, as on the page.
 */

function refs(catalog: GuideCatalog, input: TimerRefsInput) {
  return {
    phaseId: input.phase === undefined || input.phase === null ? null : phaseIdOf(catalog, input.phase),
    subSkillId: input.subSkill ? subSkillIdOf(catalog, input.subSkill) : null,
    note: input.note ?? null,
  };
}

const renamed = (errors: FieldErrors | undefined, durationField: string): FieldErrors =>
  Object.fromEntries(
    Object.entries(errors ?? {}).map(([key, value]) => [
      ({ phaseId: "phase", subSkillId: "subSkill", duration: durationField } as Record<string, string>)[key] ?? key,
      value,
    ]),
  );

function refusal(error: unknown, durationField = "minutes"): unknown {
  if (!(error instanceof ActionError)) return error;
  if (error.message === TIMER_RUNNING_MESSAGE || error.message === NO_TIMER_MESSAGE)
    return new ApiError(409, error.message);
  return new ApiError(422, error.message, renamed(error.fieldErrors, durationField));
}

export async function timerJson(user: CurrentUser, now = new Date()) {
  const [timer, catalog] = await Promise.all([
    db().runningTimer.findUnique({
      where: { learnerId: user.id },
      select: { startedAt: true, phaseId: true, note: true, subSkill: { select: { key: true } } },
    }),
    guideCatalog(user.id),
  ]);
  if (!timer) return { running: false, startedAt: null, elapsedMinutes: null, phase: null, subSkill: null, note: null };
  return {
    running: true,
    startedAt: timer.startedAt.toISOString(),
    elapsedMinutes: Math.max(0, Math.floor((now.getTime() - timer.startedAt.getTime()) / 60_000)),
    phase: timer.phaseId ? phaseNumberOf(catalog, timer.phaseId) : null,
    subSkill: timer.subSkill?.key ?? null,
    note: timer.note,
  };
}

export async function startApiTimer(user: CurrentUser, input: TimerRefsInput) {
  const catalog = await guideCatalog(user.id);
  const parsed = appStartSchema.safeParse(refs(catalog, input));
  if (!parsed.success) throw new ApiError(400, INVALID_INPUT, { body: parsed.error.issues.map((i) => i.message) });
  try {
    await startTimer(user, parsed.data);
  } catch (error) {
    throw refusal(error);
  }
  return timerJson(user);
}

export async function stopApiTimer(user: CurrentUser, input: StopTimerApiInput) {
  const catalog = await guideCatalog(user.id);
  const set = refs(catalog, input);
  const durationField = input.duration !== undefined ? "duration" : "minutes";
  const parsed = appStopSchema.safeParse({
    // Left out: what start set is kept (the app's stop reads null as "keep").
    phaseId: set.phaseId,
    subSkillId: set.subSkillId,
    note: set.note,
    confirmLong: input.confirmLong ?? false,
    duration: input.minutes !== undefined ? `${input.minutes}m` : input.duration,
  });
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) (errors[String(issue.path[0] ?? "body")] ??= []).push(issue.message);
    throw new ApiError(400, INVALID_INPUT, renamed(errors, durationField));
  }
  try {
    const parts = await stopTimer(user, parsed.data);
    return { entries: parts.map((p) => ({ date: p.date, minutes: p.minutes })) };
  } catch (error) {
    throw refusal(error, durationField);
  }
}
