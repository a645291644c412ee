import type { Prisma } from "@/lib/generated/prisma/client";

/** Who did it: the signed-in user, or null for the system (seed, scheduled jobs). */
export type AuditActor = { id: string; email: string } | null;

export type AuditEntry = {
  actor: AuditActor;
  /** A dotted verb, e.g. "phase.updated", "user.role-changed", "review.approved". */
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

type AuditWriter = Pick<Prisma.TransactionClient, "auditLog">;

/**
 * Appends one row to the audit log. Call it with the transaction client of the change it
 * records, so the change and its trail commit or roll back together. The table is append-only
 * (a trigger refuses UPDATE and DELETE), and it keeps the actor's email because accounts can be
 * deleted while their trail must stay readable.
 */
export async function recordAudit(tx: AuditWriter, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
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
