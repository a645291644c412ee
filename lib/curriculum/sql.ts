import "server-only";
import type { PartDescription } from "@/lib/curriculum/parts/types";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

/**
 * SQL pieces shared by the editor's generic reads and writes. Identifiers interpolated here
 * come from the part descriptions (constants in lib/curriculum/parts), never from input;
 * values are always bound parameters.
 */

export type Tx = Prisma.TransactionClient;

export const table = (model: string) => Prisma.raw(`"${model}"`);
export const column = (name: string) => Prisma.raw(`"${name}"`);

/** "learnerRecords" and "curriculumReferences" of the item whose id is `itemId`, as columns. */
export function usageColumns(part: PartDescription, itemId: Prisma.Sql | string) {
  const count = (refs: PartDescription["learnerRefs"] = []) =>
    refs.length === 0
      ? Prisma.sql`0`
      : Prisma.join(
          refs.map((r) => Prisma.sql`(SELECT count(*) FROM ${table(r.table)} WHERE ${column(r.column)} = ${itemId})`),
          " + ",
        );
  return Prisma.sql`(${count(part.learnerRefs)})::int AS "learnerRecords", (${count(part.curriculumRefs)})::int AS "curriculumReferences"`;
}

/** Locks one row for the rest of the transaction, so the audit trail's "before" is what was overwritten. */
export async function lockRow(tx: Tx, model: string, id: string): Promise<boolean> {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM ${table(model)} WHERE id = ${id} FOR UPDATE`;
  return rows.length > 0;
}

type Row = Record<string, unknown>;
/** The few calls the generic code makes on a model, whichever model the description names. */
export type ModelClient = {
  findFirst(args: { where: Row; select: Row }): Promise<Row | null>;
  findMany(args: { where: Row; select: Row; orderBy?: Row | Row[] }): Promise<Row[]>;
  create(args: { data: Row; select: { id: true } }): Promise<{ id: string }>;
  update(args: { where: { id: string }; data: Row }): Promise<unknown>;
  deleteMany(args: { where: Row }): Promise<unknown>;
  createMany(args: { data: Row[] }): Promise<unknown>;
  count(args: { where: Row }): Promise<number>;
};

/**
 * The Prisma client of a model (`tx.phase`, `tx.guideTextItem` …). Prisma types each model's
 * client apart, so a description's model name reaches it through this one cast.
 */
export function modelClient(client: Tx | PrismaClient, model: string): ModelClient {
  const name = model.charAt(0).toLowerCase() + model.slice(1);
  return (client as unknown as Record<string, ModelClient>)[name]!;
}
