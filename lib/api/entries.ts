import "server-only";
import { randomUUID } from "node:crypto";
import { ActionError, type FieldErrors } from "@/lib/actions/result";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deleteTimeEntry, logHours, updateTimeEntry } from "@/lib/hours/mutations";
import { ENTRY_NOT_FOUND_MESSAGE, logHoursSchema, updateTimeEntrySchema } from "@/lib/hours/schema";
import { fromDbDate, toDbDate } from "@/lib/progress/calendar";
import { catalogOf, guideCatalog, phaseIdOf, phaseNumberOf, subSkillIdOf, type GuideCatalog } from "@/lib/api/catalog";
import { ApiError, INVALID_INPUT } from "@/lib/api/problem";
import type { CreateEntryInput, UpdateEntryInput } from "@/lib/api/schema";
import type { z } from "zod";
import type { listEntriesQuerySchema } from "@/lib/api/schema";

/**
 * Time entries through the API: the body names the phase by number and the sub-skill by key
 * (catalog.ts); the rest is the app's own path, so the rules are the pages': the action's
 * schema (logHoursSchema / updateTimeEntrySchema: the duration parser, the note's length) and
 * the mutations (the learner's today, active phases of their guide, the daily-cap trigger).
 * Their field errors are renamed to the API's fields.
 */

const entrySelect = {
  id: true,
  date: true,
  minutes: true,
  phaseId: true,
  subSkillId: true,
  note: true,
  createdAt: true,
  updatedAt: true,
  phase: { select: { key: true, guideId: true, guide: { select: { slug: true } } } },
  subSkill: { select: { key: true } },
} as const satisfies Prisma.TimeEntrySelect;
type EntryRow = Prisma.TimeEntryGetPayload<{ select: typeof entrySelect }>;

function entryJson(row: EntryRow, catalog: GuideCatalog) {
  return {
    id: row.id,
    date: fromDbDate(row.date),
    minutes: row.minutes,
    phase: phaseNumberOf(catalog, row.phaseId),
    phaseKey: row.phase.key,
    subSkill: row.subSkill?.key ?? null,
    note: row.note,
    guide: row.phase.guide.slug,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The app's field names → the API's; `duration` is whichever of minutes/duration the client sent. */
function renamed(errors: FieldErrors | undefined, durationField: "minutes" | "duration"): FieldErrors {
  const names: Record<string, string> = { phaseId: "phase", subSkillId: "subSkill", duration: durationField };
  return Object.fromEntries(Object.entries(errors ?? {}).map(([key, value]) => [names[key] ?? key, value]));
}

function durationText(input: { minutes?: number; duration?: string }): string | undefined {
  return input.minutes !== undefined ? `${input.minutes}m` : input.duration;
}

/** Runs the action's schema on the app-side input; its refusals as a 400 at the API's fields. */
function appInput<S extends z.ZodType>(schema: S, value: unknown, durationField: "minutes" | "duration"): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors: FieldErrors = {};
  for (const issue of result.error.issues)
    (errors[issue.path.map(String).join(".") || "body"] ??= []).push(issue.message);
  throw new ApiError(400, INVALID_INPUT, renamed(errors, durationField));
}

/** A mutation's refusal (the cap, a date after the learner's today) as a 422 at the API's fields. */
async function mutating<T>(run: () => Promise<T>, durationField: "minutes" | "duration"): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ActionError && error.message === ENTRY_NOT_FOUND_MESSAGE)
      throw new ApiError(404, "No time entry of yours has this id.");
    if (error instanceof ActionError) throw new ApiError(422, error.message, renamed(error.fieldErrors, durationField));
    throw error;
  }
}

async function readEntry(learnerId: string, id: string) {
  const row = await db().timeEntry.findFirst({ where: { id, learnerId }, select: entrySelect });
  if (!row) throw new ApiError(404, "No time entry of yours has this id.");
  return row;
}

export async function createEntry(user: CurrentUser, input: CreateEntryInput) {
  const catalog = await guideCatalog(user.id, input.guide);
  const durationField = input.minutes !== undefined ? "minutes" : "duration";
  const appSide = appInput(
    logHoursSchema,
    {
      date: input.date,
      duration: durationText(input),
      phaseId: phaseIdOf(catalog, input.phase),
      subSkillId: input.subSkill ? subSkillIdOf(catalog, input.subSkill) : null,
      note: input.note ?? null,
      idempotencyKey: `api:${randomUUID()}`,
    },
    durationField,
  );
  const saved = await mutating(() => logHours(user, appSide, new Date(), { guideId: catalog.guideId }), durationField);
  return entryJson(await readEntry(user.id, saved.id), catalog);
}

export async function updateEntry(user: CurrentUser, id: string, input: UpdateEntryInput) {
  const current = await readEntry(user.id, id);
  // Phase numbers name phases of the entry's own guide (an entry never moves to another guide).
  const catalog = await catalogOf(current.phase.guideId);
  const durationField = input.duration !== undefined ? "duration" : "minutes";
  const subSkillId =
    input.subSkill === undefined ? undefined : input.subSkill === null ? null : subSkillIdOf(catalog, input.subSkill);
  const appSide = appInput(
    updateTimeEntrySchema,
    {
      id,
      date: input.date ?? fromDbDate(current.date),
      duration: durationText(input) ?? `${current.minutes}m`,
      phaseId: input.phase === undefined ? current.phaseId : phaseIdOf(catalog, input.phase),
      subSkillId: subSkillId === undefined ? current.subSkillId : subSkillId,
      note: input.note === undefined ? current.note : input.note,
    },
    durationField,
  );
  await mutating(() => updateTimeEntry(user, appSide), durationField);
  return entryJson(await readEntry(user.id, id), catalog);
}

export async function removeEntry(user: CurrentUser, id: string): Promise<void> {
  await mutating(() => deleteTimeEntry(user, id), "minutes");
}

type ListQuery = z.output<typeof listEntriesQuerySchema>;
type Cursor = { d: string; c: string; i: string };

function encodeCursor(row: { date: Date; createdAt: Date; id: string }): string {
  const cursor: Cursor = { d: fromDbDate(row.date), c: row.createdAt.toISOString(), i: row.id };
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

const CURSOR_MESSAGE = "This cursor is not one the API gave: start again without it.";
function decodeCursor(text: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as Partial<Cursor>;
    if (
      typeof value.d === "string" &&
      /^\d{4}-\d{2}-\d{2}$/.test(value.d) &&
      typeof value.c === "string" &&
      !Number.isNaN(Date.parse(value.c)) &&
      typeof value.i === "string" &&
      value.i.length <= 100
    )
      return value as Cursor;
  } catch {
    // falls through to the refusal
  }
  throw new ApiError(400, INVALID_INPUT, { cursor: [CURSOR_MESSAGE] });
}

/**
 * The catalog of every guide the rows' phases belong to: a page lists the entries of all the
 * learner's guides, and an entry's phase number counts in its own guide (the active guide's
 * catalog gave other guides' entries `phase: null`, which the schema reserves for archived phases).
 */
async function catalogsOf(rows: EntryRow[], active: GuideCatalog): Promise<Map<string, GuideCatalog>> {
  const others = [...new Set(rows.map((row) => row.phase.guideId))].filter((id) => id !== active.guideId);
  return new Map([
    [active.guideId, active],
    ...(await Promise.all(others.map(async (id) => [id, await catalogOf(id)] as const))),
  ]);
}

/**
 * One page of the learner's entries, newest first (date, then creation, then id), after the
 * cursor: keyset pagination, so a page never repeats or skips an entry while entries are added.
 */
export async function listEntries(user: CurrentUser, query: ListQuery) {
  const catalog = await guideCatalog(user.id);
  const where: Prisma.TimeEntryWhereInput = { learnerId: user.id };
  const and: Prisma.TimeEntryWhereInput[] = [];
  if (query.from) and.push({ date: { gte: toDbDate(query.from) } });
  if (query.to) and.push({ date: { lte: toDbDate(query.to) } });
  if (query.phase !== undefined) where.phaseId = phaseIdOf(catalog, query.phase);
  if (query.subSkill !== undefined) where.subSkillId = subSkillIdOf(catalog, query.subSkill);
  if (query.cursor) {
    const { d, c, i } = decodeCursor(query.cursor);
    const date = toDbDate(d as Parameters<typeof toDbDate>[0]);
    const createdAt = new Date(c);
    and.push({
      OR: [{ date: { lt: date } }, { date, createdAt: { lt: createdAt } }, { date, createdAt, id: { lt: i } }],
    });
  }
  const rows = await db().timeEntry.findMany({
    where: { ...where, AND: and },
    orderBy: [{ date: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: entrySelect,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const catalogs = await catalogsOf(page, catalog);
  return {
    data: page.map((row) => entryJson(row, catalogs.get(row.phase.guideId)!)),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}
