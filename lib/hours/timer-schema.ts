import { z } from "zod";
import { parseDurationText } from "@/lib/hours/duration";
import { NOTE_MAX_LENGTH, NOTE_TOO_LONG_MESSAGE, PHASE_MESSAGE, SUB_SKILL_MESSAGE } from "@/lib/hours/schema";
import { booleanField, optionalText } from "@/lib/validation/fields";

/**
 * The header timer's inputs. Phase, sub-skill and note are optional at both ends: what start
 * sets, stop may change. At stop, a field that is not sent keeps what start set (a script
 * stopping the timer names only what it changes), while a sub-skill or note sent empty clears
 * it: the stop form shows start's values, so emptying the box is how a learner removes them.
 * An empty phase still falls back to start's, since an entry needs one. The timer has no id:
 * each learner has at most one, so every action acts on the caller's own.
 */

const timerFields = {
  phaseId: optionalText(100, PHASE_MESSAGE, { nullable: true }),
  subSkillId: optionalText(100, SUB_SKILL_MESSAGE, { nullable: true }),
  note: optionalText(NOTE_MAX_LENGTH, NOTE_TOO_LONG_MESSAGE, { nullable: true }),
};

export const startTimerSchema = z.object(timerFields);
export type StartTimerInput = z.output<typeof startTimerSchema>;

/** Not sent (undefined): keep start's value; sent empty: null, which clears it. */
const keptUnlessSent = <T extends z.ZodType>(field: T) => z.union([z.undefined(), field]);

export const stopTimerSchema = z
  .object({
    ...timerFields,
    subSkillId: keptUnlessSent(timerFields.subSkillId),
    note: keptUnlessSent(timerFields.note),
    // A checkbox: absent means "not confirmed".
    confirmLong: booleanField("Tick the box to keep the full time, or leave it empty.").optional(),
    // The trimmed time, as people type a duration; empty keeps "until now".
    duration: z.unknown().optional(),
  })
  .superRefine((value, ctx) => {
    if (isBlank(value.duration)) return;
    const duration = parseDurationText(value.duration);
    if (!duration.ok) ctx.addIssue({ code: "custom", path: ["duration"], message: duration.error });
  })
  .transform(({ duration, confirmLong, ...rest }) => {
    const parsed = isBlank(duration) ? null : parseDurationText(duration);
    return { ...rest, confirmLong: confirmLong ?? false, trimmedMinutes: parsed?.ok ? parsed.minutes : null };
  });
export type StopTimerInput = z.output<typeof stopTimerSchema>;

export const discardTimerSchema = z.object({});

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}
