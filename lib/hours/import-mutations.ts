import "server-only";
import { ActionError, type FieldErrors } from "@/lib/actions/result";
import { INVALID_INPUT_MESSAGE } from "@/lib/actions/safe-action";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { learnerGuide } from "@/lib/guides/enrollment";
import { toDbDate, type IsoDate } from "@/lib/progress/calendar";
import { parseCsv, problemsByLine } from "@/lib/hours/csv";
import {
  importKeys,
  planRead,
  readImport,
  type ImportContext,
  type ImportPlan,
  type PlannedEntry,
} from "@/lib/hours/import-plan";
import { learnerToday } from "@/lib/hours/learner-day";
import { minutesLoggedByDate } from "@/lib/hours/queries";
import {
  PHASE_MESSAGE,
  RULE_NOT_FOUND_MESSAGE,
  SUB_SKILL_MESSAGE,
  type ImportTimeEntriesInput,
  type PreviewImportInput,
  type SaveImportRuleInput,
} from "@/lib/hours/schema";

/**
 * The CSV import against the database: the plan (import-plan.ts) with the learner's catalog,
 * rules, per-day totals and already-imported fingerprints; the all-or-nothing insert of its new
 * entries as one set-based statement; and the learner's import rules. Every statement filters
 * on the caller's id.
 */

type Learner = Pick<CurrentUser, "id" | "timeZone">;

/** The plan of a file for this learner, or a file-level ActionError. */
export async function planFor(learner: Learner, input: PreviewImportInput, now = new Date()): Promise<ImportPlan> {
  const parsed = parseCsv(input.csv);
  if (!parsed.ok) return { ok: false, fileError: parsed.error };
  const { guideId } = await learnerGuide(learner.id);
  const prisma = db();
  const [phases, subSkills, rules] = await Promise.all([
    prisma.phase.findMany({
      where: { guideId, archivedAt: null },
      orderBy: { position: "asc" },
      select: { id: true, key: true, title: true },
    }),
    prisma.subSkill.findMany({
      where: { guideId, archivedAt: null },
      orderBy: { position: "asc" },
      select: { id: true, key: true, name: true },
    }),
    // Rules on a phase or sub-skill archived since are left out: they would add hours there.
    prisma.importRule.findMany({
      where: {
        learnerId: learner.id,
        phase: { guideId, archivedAt: null },
        OR: [{ subSkillId: null }, { subSkill: { archivedAt: null } }],
      },
      orderBy: { createdAt: "asc" },
      select: { field: true, pattern: true, phaseId: true, subSkillId: true },
    }),
  ]);
  const context: ImportContext = {
    catalog: { phases, subSkills },
    rules,
    today: learnerToday(learner.timeZone, now),
    timeZone: learner.timeZone,
    loggedByDate: new Map(),
    existingFingerprints: new Set(),
  };
  const options = { mapping: input.mapping, dateOrder: input.dateOrder };
  // The file is read once; its days and fingerprints say what to count of what is stored.
  const read = readImport(parsed.records, options, learner.timeZone);
  if (!read.ok) return read;
  const { dates, fingerprints } = importKeys(read.lines);
  const [loggedByDate, existing] = await Promise.all([
    minutesLoggedByDate(learner.id, dates),
    storedFingerprints(learner.id, fingerprints),
  ]);
  return planRead(read, { ...context, loggedByDate, existingFingerprints: existing });
}

async function storedFingerprints(learnerId: string, fingerprints: readonly string[]): Promise<Set<string>> {
  if (fingerprints.length === 0) return new Set();
  const rows = await db().$queryRaw<Array<{ fp: string }>>`
    SELECT "sourceFingerprint" AS fp FROM "TimeEntry"
    WHERE "learnerId" = ${learnerId} AND "sourceFingerprint" = ANY(${fingerprints as string[]}::text[])`;
  return new Set(rows.map((r) => r.fp));
}

export type ImportResult = { imported: number; duplicates: number };

/**
 * Writes the plan's new entries in one statement, only if no entry is over the cap, unmapped
 * or invalid: all or nothing. Entries already imported (same fingerprint) are skipped, so the
 * same file imported twice adds nothing. The trigger still guards the cap: if another write
 * lands on one of the days meanwhile, the statement rolls back and the file is planned again.
 */
export async function importTimeEntries(
  learner: Learner,
  input: ImportTimeEntriesInput,
  now = new Date(),
): Promise<ImportResult> {
  const plan = await planFor(learner, input, now);
  if (!plan.ok) throw fileError(plan);
  const refused = plan.entries.filter((e) => e.outcome !== "new" && e.outcome !== "duplicate");
  if (refused.length > 0) throw rowsError(plan.entries);
  const fresh = plan.entries.filter((e) => e.outcome === "new");
  const duplicates = plan.entries.length - fresh.length;
  if (fresh.length === 0) return { imported: 0, duplicates };
  try {
    await insertEntries(learner.id, input.importKey, fresh);
    return { imported: fresh.length, duplicates };
  } catch (error) {
    // The same file sent twice at once: the other request stored it, so this one adds nothing.
    if (isUniqueViolation(error) || isDailyCapViolation(error)) {
      const again = await planFor(learner, input, now);
      if (again.ok && again.entries.every((e) => e.outcome === "duplicate"))
        return { imported: 0, duplicates: again.entries.length };
      if (!again.ok) throw fileError(again);
      if (again.entries.some((e) => e.outcome !== "new" && e.outcome !== "duplicate")) throw rowsError(again.entries);
    }
    if (!isDailyCapViolation(error) && !isUniqueViolation(error)) throw error;
    throw new ActionError(
      "Your hours changed while the file was being imported. Nothing was imported; please try again.",
    );
  }
}

/**
 * One INSERT … SELECT FROM unnest(…) for all rows: one round trip whatever the file's size,
 * inside the statement's own transaction (the cap trigger runs per row, all or nothing).
 */
async function insertEntries(learnerId: string, importKey: string, entries: readonly PlannedEntry[]) {
  const column = <T>(pick: (e: PlannedEntry) => T) => entries.map(pick);
  await db().$executeRaw`
    INSERT INTO "TimeEntry"
      ("id", "learnerId", "phaseId", "subSkillId", "date", "minutes", "note", "idempotencyKey", "sourceFingerprint", "updatedAt")
    SELECT gen_random_uuid()::text, ${learnerId}, t.phase, t.sub_skill, t.day, t.minutes, t.note, t.key, t.fingerprint, now()
    FROM unnest(
      ${column((e) => e.phaseId!)}::text[],
      ${column((e) => e.subSkillId)}::text[],
      ${column((e) => toDbDate(e.date as IsoDate))}::date[],
      ${column((e) => e.minutes)}::int[],
      ${column((e) => e.note)}::text[],
      ${column((e) => `import:${importKey}:${e.line}:${e.part}`)}::text[],
      ${column((e) => e.fingerprint)}::text[]
    ) AS t(phase, sub_skill, day, minutes, note, key, fingerprint)`;
}

function fileError(plan: Extract<ImportPlan, { ok: false }>): ActionError {
  return new ActionError(plan.fileError, { csv: [plan.fileError] });
}

/** The per-row report travels in fieldErrors under "row:<line>" keys. */
function rowsError(entries: readonly PlannedEntry[]): ActionError {
  const fieldErrors: FieldErrors = {};
  const rejected = problemsByLine(entries);
  for (const row of rejected) fieldErrors[`row:${row.line}`] = row.problems;
  const total = new Set(entries.map((e) => e.line)).size;
  const n = rejected.length;
  const summary = n === 1 ? `1 of ${total} rows has a problem.` : `${n} of ${total} rows have problems.`;
  return new ActionError(
    `${summary} Nothing was imported: fix the rows listed below and import the file again.`,
    fieldErrors,
  );
}

// ─── Import rules ───────────────────────────────────────────────────────────

export async function saveImportRule(learner: Learner, input: SaveImportRuleInput): Promise<{ id: string }> {
  const { guideId } = await learnerGuide(learner.id);
  const prisma = db();
  const [phase, subSkill] = await Promise.all([
    prisma.phase.findFirst({ where: { id: input.phaseId, guideId, archivedAt: null }, select: { id: true } }),
    input.subSkillId
      ? prisma.subSkill.findFirst({ where: { id: input.subSkillId, guideId, archivedAt: null }, select: { id: true } })
      : null,
  ]);
  const errors: FieldErrors = {};
  if (!phase) errors.phaseId = [PHASE_MESSAGE];
  if (input.subSkillId && !subSkill) errors.subSkillId = [SUB_SKILL_MESSAGE];
  if (Object.keys(errors).length > 0) throw new ActionError(INVALID_INPUT_MESSAGE, errors);
  const target = { phaseId: input.phaseId, subSkillId: input.subSkillId };
  // One rule per tag, project or text: saving it again changes where it sends the rows.
  return prisma.importRule.upsert({
    where: { learnerId_field_pattern: { learnerId: learner.id, field: input.field, pattern: input.pattern } },
    create: { learnerId: learner.id, field: input.field, pattern: input.pattern, ...target },
    update: target,
    select: { id: true },
  });
}

export async function deleteImportRule(learner: Learner, id: string): Promise<void> {
  const { count } = await db().importRule.deleteMany({ where: { id, learnerId: learner.id } });
  if (count === 0) throw new ActionError(RULE_NOT_FOUND_MESSAGE);
}

const isUniqueViolation = (error: unknown) =>
  (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") || postgresCode(error) === "23505";

function isDailyCapViolation(error: unknown): boolean {
  return postgresCode(error) === "23514" && /daily total for/.test(postgresMessage(error));
}

/** The PostgreSQL error behind a Prisma raw-query error, as the pg driver adapter reports it. */
function postgresCause(error: unknown): { originalCode?: string; originalMessage?: string } | undefined {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return undefined;
  return (error.meta as { driverAdapterError?: { cause?: { originalCode?: string; originalMessage?: string } } })
    ?.driverAdapterError?.cause;
}
const postgresCode = (error: unknown) => postgresCause(error)?.originalCode;
const postgresMessage = (error: unknown) =>
  postgresCause(error)?.originalMessage ?? (error instanceof Error ? error.message : "");
