import { z } from "zod";
import { SCOPES } from "@/lib/api/schema";

/**
 * What the public API answers, in zod: the handlers build these shapes and the OpenAPI
 * document describes them from here; tests/integration/api-openapi.test.ts validates real
 * answers against that document.
 */

const isoDate = z.string().meta({ format: "date" });
const dateTime = z.string().meta({ format: "date-time" });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    errors: z.record(z.string(), z.array(z.string())).optional(),
  })
  .meta({ title: "Problem", description: "RFC 9457 problem details; `errors` holds messages per field." });

export const tokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    scope: z.enum(SCOPES),
    prefix: z.string(),
    expiresAt: dateTime.nullable(),
    lastUsedAt: dateTime.nullable(),
    createdAt: dateTime,
  })
  .meta({ title: "Token" });

export const createdTokenSchema = tokenSchema
  .extend({ token: z.string().meta({ description: "The secret: shown this once, stored hashed." }) })
  .meta({ title: "CreatedToken" });

export const meSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string().nullable(),
    role: z.string(),
    timeZone: z.string(),
    guide: z.object({ slug: z.string(), title: z.string() }),
    token: z.object({ name: z.string(), scope: z.enum(SCOPES), expiresAt: dateTime.nullable() }),
  })
  .meta({ title: "Me" });

export const entrySchema = z
  .object({
    id: z.string(),
    date: isoDate,
    minutes: z.int(),
    phase: z.int().nullable().meta({ description: "Its number in the guide; null once archived." }),
    phaseKey: z.string(),
    subSkill: z.string().nullable(),
    note: z.string().nullable(),
    guide: z.string(),
    createdAt: dateTime,
    updatedAt: dateTime,
  })
  .meta({ title: "TimeEntry" });

export const entryPageSchema = z
  .object({
    data: z.array(entrySchema),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null at the end." }),
  })
  .meta({ title: "TimeEntryPage" });

const progressFigures = {
  loggedMinutes: z.int(),
  targetMinutes: z.number(),
  remainingMinutes: z.number(),
  percent: z.number(),
};
const projection = z.object({
  status: z.enum(["projected", "complete", "no-pace", "invalid-pace"]),
  date: isoDate.nullable(),
  remainingMinutes: z.number(),
});

export const progressSchema = z
  .object({
    today: isoDate,
    timeZone: z.string(),
    pathTotalHours: z.number(),
    total: z.object(progressFigures),
    phases: z.array(
      z.object({
        number: z.int(),
        key: z.string(),
        title: z.string(),
        ...progressFigures,
        deliverablesApproved: z.int(),
        deliverablesTotal: z.int(),
        complete: z.boolean(),
      }),
    ),
    subSkills: z.array(z.object({ key: z.string(), name: z.string(), ...progressFigures })),
    level: z.object({
      current: z.object({ key: z.string(), name: z.string() }).nullable(),
      next: z.object({ key: z.string(), name: z.string() }).nullable(),
      readinessPercent: z.number().nullable(),
      missing: z.array(z.object({ kind: z.string(), message: z.string() })),
    }),
    pace: z.object({ hoursPerWeek: z.number(), windowStart: isoDate, windowEnd: isoDate }),
    projections: z.object({
      path: projection,
      currentPhase: projection.extend({ phaseKey: z.string() }).nullable(),
    }),
  })
  .meta({ title: "Progress" });

const outcome = z.enum(["new", "duplicate", "over-cap", "unmapped", "invalid"]);
export const importPreviewSchema = z
  .object({
    dryRun: z.literal(true),
    format: z.string().nullable(),
    formatName: z.string().nullable(),
    needs: z.enum(["mapping", "dateOrder"]).nullable(),
    message: z.string().nullable(),
    rows: z.array(
      z.object({
        line: z.int(),
        part: z.int(),
        date: isoDate.nullable(),
        minutes: z.int(),
        outcome,
        problems: z.array(z.string()),
      }),
    ),
    counts: z.record(outcome, z.int()),
    totalMinutes: z.int(),
  })
  .meta({ title: "ImportPreview" });

export const importResultSchema = z
  .object({ dryRun: z.literal(false), imported: z.int(), duplicates: z.int() })
  .meta({ title: "ImportResult" });

export const timerSchema = z
  .object({
    running: z.boolean(),
    startedAt: dateTime.nullable(),
    elapsedMinutes: z.int().nullable(),
    phase: z.int().nullable(),
    subSkill: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ title: "Timer" });

export const stoppedTimerSchema = z
  .object({ entries: z.array(z.object({ date: isoDate, minutes: z.int() })) })
  .meta({ title: "StoppedTimer" });
