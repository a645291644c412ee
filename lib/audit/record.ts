import type { Prisma } from "@/lib/generated/prisma/client";
import { referencedIds } from "./diff-view";
import { readNames } from "./labels";

/** Who did it: the signed-in user, or null for the system (seed, scheduled jobs). */
export type AuditActor = { id: string; email: string } | null;

export type AuditEntry = {
  actor: AuditActor;
  /** A dotted verb, e.g. "phase.updated", "user.role-changed", "review.approved". */
  action: string;
  /** The model the entry is about, as schema.prisma names it ("ChecklistItem"): the entry's kind. */
  entityType: Prisma.ModelName | "SignIn";
  entityId: string;
  /**
   * The subject's name, when the caller knows it better than its row does (the row is being
   * deleted). Otherwise it is read from the row, inside the caller's transaction.
   */
  label?: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

type AuditWriter = Pick<Prisma.TransactionClient, "auditLog" | "$queryRaw">;

/**
 * Appends one row to the audit log. Call it with the transaction client of the change it
 * records, so the change and its trail commit or roll back together. The table is append-only
 * (a trigger refuses UPDATE and DELETE), and it keeps the actor's email because accounts can be
 * deleted while their trail must stay readable. For the same reason it keeps names as they are
 * now: the subject's, and those of the rows its before/after point to (a `subSkillId` is shown
 * as that sub-skill's name even after it is renamed or deleted), read in one query.
 */
export async function recordAudit(tx: AuditWriter, entry: AuditEntry): Promise<void> {
  const references = referencedIds(entry.before, entry.after);
  const subject = { type: entry.entityType, id: entry.entityId };
  const names =
    entry.label === undefined || references.length > 0
      ? await readNames(tx, entry.label === undefined ? [subject] : [], references)
      : null;
  const refLabels = names && names.references.size > 0 ? Object.fromEntries(names.references) : undefined;
  await tx.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      entityLabel: entry.label ?? names?.subjects.get(`${subject.type}:${subject.id}`) ?? null,
      refLabels,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}

/** Only the fields that differ, as { before, after }: keeps audit rows short and readable. */
export function auditDiff<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const changedBefore: Record<string, unknown> = {};
  const changedAfter: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(value)) {
      changedBefore[key] = before[key] ?? null;
      changedAfter[key] = value ?? null;
    }
  }
  return { before: changedBefore as Prisma.InputJsonValue, after: changedAfter as Prisma.InputJsonValue };
}
