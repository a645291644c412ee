import "server-only";
import { ActionError } from "@/lib/actions/result";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { partOf, scopeColumns } from "@/lib/curriculum/parts";
import {
  planMove,
  planNormalize,
  removalDecision,
  type Direction,
  type PositionChange,
  type Positioned,
} from "@/lib/curriculum/rules";
import { column, table as tableOf, usageColumns, type Tx } from "@/lib/curriculum/sql";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Order, archive, restore and delete for every ordered part of the curriculum, in SQL built from
 * the part descriptions (lib/curriculum/parts: identifiers are those constants, values are
 * bound parameters).
 *
 * Positions: each list (a guide's phases, one phase's topics …) holds positions 0…n-1, active
 * items first. Every change to a list takes a transaction-scoped advisory lock on that list,
 * reads the positions afresh and rewrites them from one ordered list of distinct ids, so two
 * admins reordering at once are serialised and no two rows ever share a position.
 */

/** An ordered part's key (the schemas only let those through). */
type CurriculumEntity = string;
export type Actor = NonNullable<AuditActor>;
/** The values of a list's scope columns, e.g. { guideId } or { phaseId, kind }. */
export type Scope = Record<string, string>;

const table = (entity: CurriculumEntity) => tableOf(partOf(entity).model);
/** Audit action names: "phase.created", "subSkill.updated" … keyed by the part. */
export const auditAction = (entity: string, verb: string) => `${entity}.${verb}`;

function scopeWhere(entity: CurriculumEntity, scope: Scope) {
  const parts = scopeColumns(partOf(entity)).map((name) => {
    const value = scope[name];
    if (value === undefined) throw new Error(`${entity}: scope ${name} missing`);
    return Prisma.sql`${column(name)}::text = ${value}`;
  });
  return Prisma.join(parts, " AND ");
}

/** Serialises every writer of one list until the transaction ends. */
export async function lockList(tx: Tx, entity: CurriculumEntity, scope: Scope): Promise<void> {
  const part = partOf(entity);
  const key = [part.model, ...scopeColumns(part).map((name) => scope[name])].join("/");
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`curriculum-order:${key}`}, 0))`;
}

async function listPositions(tx: Tx, entity: CurriculumEntity, scope: Scope): Promise<Positioned[]> {
  const archived = partOf(entity).archivable ? Prisma.sql`"archivedAt" IS NOT NULL` : Prisma.sql`false`;
  return tx.$queryRaw<Positioned[]>`
    SELECT id, position, ${archived} AS archived FROM ${table(entity)} WHERE ${scopeWhere(entity, scope)}`;
}

/**
 * Writes new positions in two steps (first to distinct negatives, then to the targets), because
 * text items have a unique (guide, kind, position) index that a one-step swap would trip over.
 */
async function applyPositions(tx: Tx, entity: CurriculumEntity, changes: readonly PositionChange[]): Promise<void> {
  if (changes.length === 0) return;
  const ids = Prisma.join(changes.map((c) => c.id));
  await tx.$executeRaw`UPDATE ${table(entity)} SET position = -1 - position WHERE id IN (${ids})`;
  const values = Prisma.join(changes.map((c) => Prisma.sql`(${c.id}, ${c.to}::int)`));
  await tx.$executeRaw`
    UPDATE ${table(entity)} AS t SET position = v.position FROM (VALUES ${values}) AS v(id, position) WHERE t.id = v.id`;
}

/** Renumbers a list (active first) after an item joined, left or changed state. Lock it first. */
export async function normalizeList(tx: Tx, entity: CurriculumEntity, scope: Scope): Promise<void> {
  await applyPositions(tx, entity, planNormalize(await listPositions(tx, entity, scope)));
}

/** The position for a new item: after every row of the list (normalizeList then moves it before the archived ones). */
export async function appendPosition(tx: Tx, entity: CurriculumEntity, scope: Scope): Promise<number> {
  await lockList(tx, entity, scope);
  const rows = await listPositions(tx, entity, scope);
  return rows.reduce((max, row) => Math.max(max, row.position), -1) + 1;
}

type ItemRow = { row: Record<string, unknown> & { id: string; position: number; archivedAt?: string | null } };

/**
 * Locks the item's list, then the item itself (as JSON, for the audit trail). The list lock
 * comes first so every writer takes the two in the same order; the row lock (FOR UPDATE)
 * makes a learner's concurrent insert that references the item wait for this transaction,
 * so "nothing points to it" cannot change between counting and deleting.
 */
async function lockedItem(tx: Tx, entity: CurriculumEntity, id: string) {
  const part = partOf(entity);
  const columns = Prisma.join(scopeColumns(part).map((name) => Prisma.sql`${column(name)}::text AS ${column(name)}`));
  const [scope] = await tx.$queryRaw<Scope[]>`SELECT ${columns} FROM ${table(entity)} WHERE id = ${id}`;
  if (!scope) throw new ActionError("That item no longer exists. Reload the page and try again.");
  await lockList(tx, entity, scope);
  const [found] = await tx.$queryRaw<
    ItemRow[]
  >`SELECT to_jsonb(t) AS row FROM ${table(entity)} t WHERE t.id = ${id} FOR UPDATE`;
  if (!found) throw new ActionError("That item no longer exists. Reload the page and try again.");
  return { row: found.row, scope, label: String(found.row[part.label] ?? "") };
}

export async function moveItem(actor: Actor, input: { entity: CurriculumEntity; id: string; direction: Direction }) {
  return db().$transaction(async (tx) => {
    const { scope, label } = await lockedItem(tx, input.entity, input.id);
    const items = await listPositions(tx, input.entity, scope);
    if (items.find((item) => item.id === input.id)?.archived)
      throw new ActionError("Restore the item before moving it.");
    const changes = planMove(items, input.id, input.direction);
    if (!changes) throw new ActionError(`It is already ${input.direction === "up" ? "first" : "last"}.`);
    await applyPositions(tx, input.entity, changes);
    for (const change of changes) {
      await recordAudit(tx, {
        actor,
        action: auditAction(input.entity, "moved"),
        entityType: partOf(input.entity).model,
        entityId: change.id,
        before: { position: change.from },
        after: { position: change.to },
      });
    }
    const moved = changes.find((c) => c.id === input.id)!;
    const activeCount = items.filter((item) => !item.archived).length;
    return { label, position: moved.to, count: activeCount };
  });
}

async function usageCounts(tx: Tx, entity: CurriculumEntity, id: string) {
  const [row] = await tx.$queryRaw<Array<{ learnerRecords: number; curriculumReferences: number }>>`
    SELECT ${usageColumns(partOf(entity), id)}`;
  return { learnerRecords: row?.learnerRecords ?? 0, curriculumReferences: row?.curriculumReferences ?? 0 };
}

export type RemovalOutcome = { kind: "archived" | "deleted"; label: string; reason?: string };

/** Archives an item learner records (or other curriculum rows) point to; deletes an unused one. */
export async function removeItem(
  actor: Actor,
  input: { entity: CurriculumEntity; id: string },
): Promise<RemovalOutcome> {
  const spec = partOf(input.entity);
  return db().$transaction(async (tx) => {
    const { row, scope, label } = await lockedItem(tx, input.entity, input.id);
    const usage = await usageCounts(tx, input.entity, input.id);
    const weightPercent = spec.weightColumn ? Number(row[spec.weightColumn]) : undefined;
    const decision = removalDecision({ ...usage, archivable: spec.archivable ?? false, weightPercent });
    if (decision.kind === "refuse") throw new ActionError(decision.reason);
    if (decision.kind === "archive" && row.archivedAt) throw new ActionError("It is already archived.");
    // The label is passed because a deleted row can no longer be asked for its name.
    const entry = { actor, entityType: spec.model, entityId: input.id, label };
    if (decision.kind === "archive") {
      const [archived] = await tx.$queryRaw<Array<{ archivedAt: Date }>>`
        UPDATE ${table(input.entity)} SET "archivedAt" = now() WHERE id = ${input.id} RETURNING "archivedAt"`;
      await recordAudit(tx, {
        ...entry,
        action: auditAction(input.entity, "archived"),
        before: { [spec.label]: label, archivedAt: null },
        after: { [spec.label]: label, archivedAt: archived!.archivedAt.toISOString() },
      });
    } else {
      await tx.$executeRaw`DELETE FROM ${table(input.entity)} WHERE id = ${input.id}`;
      await recordAudit(tx, {
        ...entry,
        action: auditAction(input.entity, "deleted"),
        before: row as Prisma.InputJsonObject,
        after: null,
      });
    }
    await normalizeList(tx, input.entity, scope);
    return decision.kind === "archive"
      ? { kind: "archived", label, reason: decision.reason }
      : { kind: "deleted", label };
  });
}

/** Brings an archived item back, at the end of its list's active items. */
export async function restoreItem(actor: Actor, input: { entity: CurriculumEntity; id: string }) {
  const spec = partOf(input.entity);
  if (!spec.archivable) throw new ActionError("That kind of item is never archived.");
  return db().$transaction(async (tx) => {
    const { row, scope, label } = await lockedItem(tx, input.entity, input.id);
    if (!row.archivedAt) throw new ActionError("It is not archived.");
    await tx.$executeRaw`UPDATE ${table(input.entity)} SET "archivedAt" = NULL WHERE id = ${input.id}`;
    // Its position is in the archived tail, after every active item: renumbering puts it last.
    await normalizeList(tx, input.entity, scope);
    await recordAudit(tx, {
      actor,
      action: auditAction(input.entity, "restored"),
      entityType: spec.model,
      entityId: input.id,
      before: { [spec.label]: label, archivedAt: row.archivedAt },
      after: { [spec.label]: label, archivedAt: null },
    });
    return { label };
  });
}
