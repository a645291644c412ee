import { z } from "zod";
import { dateProblem, NOTE_MAX_LENGTH, NOTE_TOO_LONG_MESSAGE } from "@/lib/hours/schema";
import { DURATION_FORMAT_MESSAGE } from "@/lib/hours/duration";
import { requiredText } from "@/lib/validation/fields";

/**
 * What the public API accepts, in zod: the route handlers validate with these and the OpenAPI
 * document (openapi.ts) is generated from them, so the two cannot drift. Field rules and
 * messages are the app's own (lib/hours/schema.ts: dates, notes; lib/hours/duration.ts:
 * durations); what needs the learner (their guide's phases, the daily cap) is checked by the
 * same mutations the pages use. Objects are strict: an unknown field is an error at that field,
 * so a client's typo is not silently ignored.
 */

export const SCOPES = ["READ", "READ_WRITE"] as const;
export const TOKEN_NAME_MAX = 100;
export const TOKEN_EXPIRY_DAYS = [7, 30, 90, 365] as const;
export const PHASE_NUMBER_MESSAGE = "Give the phase's number in your guide: 1 for the first phase.";
export const SUB_SKILL_KEY_MESSAGE = "Give a sub-skill key of your guide, or leave it out.";
export const GUIDE_SLUG_MESSAGE = "Give the slug of a guide you are enrolled in, or leave it out.";
const MINUTES_MESSAGE = "Give the minutes as a whole number from 1 to 1440.";
const ONE_DURATION_MESSAGE = 'Give either "minutes" or "duration", not both.';
const NO_DURATION_MESSAGE = 'Give the time as "minutes" (90) or "duration" ("1h 30m").';

const expiresInDays = z
  .union([z.literal(7), z.literal(30), z.literal(90), z.literal(365), z.null()], {
    error: "Choose when it expires: in 7, 30, 90 or 365 days, or never (null).",
  })
  .optional()
  .default(90);
const tokenFields = {
  name: requiredText("Name the token, for example the tool that will use it.", TOKEN_NAME_MAX),
  scope: z.enum(SCOPES, { error: "Choose the scope: READ, or READ_WRITE to log hours too." }),
  expiresInDays,
};
export const createTokenSchema = z.strictObject(tokenFields);
/** The account page's form: the expiry arrives as text ("never" or a number of days). */
export const createTokenFormSchema = z.object({
  ...tokenFields,
  expiresInDays: z.preprocess(
    (value) =>
      value === "never" ? null : typeof value === "string" && /^\d{1,3}$/.test(value) ? Number(value) : value,
    expiresInDays,
  ),
});
export type CreateTokenInput = z.output<typeof createTokenSchema>;

const date = z
  .string({ error: "Give the date as YYYY-MM-DD." })
  .superRefine((value, ctx) => {
    const problem = dateProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .meta({ format: "date", description: "The learner's calendar date, YYYY-MM-DD." });
const minutes = z
  .int({ error: MINUTES_MESSAGE })
  .min(1, { error: MINUTES_MESSAGE })
  .max(1440, { error: MINUTES_MESSAGE });
const duration = z
  .string({ error: DURATION_FORMAT_MESSAGE })
  .max(50, { error: DURATION_FORMAT_MESSAGE })
  .meta({ description: 'As people type it: "1h 30m", "1:30", "1.5", "90m".' });
const phase = z
  .int({ error: PHASE_NUMBER_MESSAGE })
  .min(1, { error: PHASE_NUMBER_MESSAGE })
  .max(1000, { error: PHASE_NUMBER_MESSAGE })
  .meta({ description: "The phase's number in the learner's guide (1 is the first)." });
const subSkill = z
  .string({ error: SUB_SKILL_KEY_MESSAGE })
  .max(100, { error: SUB_SKILL_KEY_MESSAGE })
  .nullable()
  .optional();
const note = z
  .string({ error: NOTE_TOO_LONG_MESSAGE })
  .max(NOTE_MAX_LENGTH, { error: NOTE_TOO_LONG_MESSAGE })
  .nullable()
  .optional();
const guide = z
  .string({ error: GUIDE_SLUG_MESSAGE })
  .max(100, { error: GUIDE_SLUG_MESSAGE })
  .optional()
  .meta({ description: "A guide's slug; the learner's active guide when left out." });

type TimeFields = { minutes?: number; duration?: string };
function oneDuration(required: boolean) {
  return (value: TimeFields, ctx: z.RefinementCtx) => {
    if (value.minutes !== undefined && value.duration !== undefined)
      ctx.addIssue({ code: "custom", path: ["duration"], message: ONE_DURATION_MESSAGE });
    else if (required && value.minutes === undefined && value.duration === undefined)
      ctx.addIssue({ code: "custom", path: ["minutes"], message: NO_DURATION_MESSAGE });
  };
}

export const createEntrySchema = z
  .strictObject({ date, minutes: minutes.optional(), duration: duration.optional(), phase, subSkill, note, guide })
  .superRefine(oneDuration(true));
export type CreateEntryInput = z.output<typeof createEntrySchema>;

export const updateEntrySchema = z
  .strictObject({
    date: date.optional(),
    minutes: minutes.optional(),
    duration: duration.optional(),
    phase: phase.optional(),
    subSkill,
    note,
  })
  .superRefine(oneDuration(false));
export type UpdateEntryInput = z.output<typeof updateEntrySchema>;

const queryDate = z.string().superRefine((value, ctx) => {
  const problem = dateProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});
export const ENTRY_PAGE_MAX = 200;
export const listEntriesQuerySchema = z.object({
  from: queryDate.optional(),
  to: queryDate.optional(),
  phase: z.coerce.number().pipe(phase).optional(),
  subSkill: z.string().max(100, { error: SUB_SKILL_KEY_MESSAGE }).optional(),
  cursor: z.string().max(500, { error: "This cursor is not one the API gave." }).optional(),
  limit: z.coerce
    .number()
    .pipe(
      z
        .int()
        .min(1)
        .max(ENTRY_PAGE_MAX, { error: `Ask for 1 to ${ENTRY_PAGE_MAX} entries a page.` }),
    )
    .optional()
    .default(50),
});

export const importQuerySchema = z.object({
  dryRun: z.enum(["0", "1", "true", "false"], { error: "Give dryRun as 1 (preview only) or 0." }).optional(),
  dateOrder: z.enum(["mdy", "dmy"], { error: "Give dateOrder as mdy (US) or dmy (day first)." }).optional(),
});

const timerRefs = { phase: phase.nullable().optional(), subSkill, note };
export const startTimerSchema = z.strictObject(timerRefs);
export const stopTimerSchema = z
  .strictObject({
    ...timerRefs,
    minutes: minutes.optional(),
    duration: duration.optional(),
    confirmLong: z.boolean({ error: "Give confirmLong as true or false." }).optional(),
  })
  .superRefine(oneDuration(false));
export type TimerRefsInput = z.output<typeof startTimerSchema>;
export type StopTimerApiInput = z.output<typeof stopTimerSchema>;
