import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays } from "@/lib/progress/calendar";
import { startOfDayInTimeZone } from "./time";
import { AUDIT_PAGE_SIZE, type AuditFilter } from "./schema";

/**
 * The audit trail for the admin page: newest first, filtered in SQL, one page plus the total.
 * Read-only: the app has no code path that updates or deletes an audit row (and the database
 * refuses both). Callers guard with requireRoleOrForbidden(["ADMIN"]).
 */
export async function listAuditEntries(filter: AuditFilter, timeZone: string) {
  const where: Prisma.AuditLogWhereInput = {
    ...(filter.actor ? { actorEmail: { contains: filter.actor, mode: "insensitive" } } : {}),
    // A kind is an entity type ("User", "Cohort") or the first word of an action ("mentor" → mentor.*).
    ...(filter.kind ? { OR: [{ entityType: filter.kind }, { action: { startsWith: `${filter.kind}.` } }] } : {}),
    ...(filter.from || filter.to
      ? {
          createdAt: {
            ...(filter.from ? { gte: startOfDayInTimeZone(filter.from, timeZone) } : {}),
            ...(filter.to ? { lt: startOfDayInTimeZone(addDays(filter.to, 1), timeZone) } : {}),
          },
        }
      : {}),
  };
  const prisma = db();
  const [total, entries] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        actorEmail: true,
        action: true,
        entityType: true,
        entityId: true,
        before: true,
        after: true,
        createdAt: true,
      },
    }),
  ]);
  return { entries, total, page: filter.page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}
export type AuditEntryRow = Awaited<ReturnType<typeof listAuditEntries>>["entries"][number];

/** The entity types and action prefixes seen so far, for the "kind" filter. */
export async function auditKinds(): Promise<string[]> {
  const rows = await db().$queryRaw<Array<{ kind: string }>>`
    SELECT DISTINCT "entityType" AS kind FROM "AuditLog"
    UNION
    SELECT DISTINCT split_part(action, '.', 1) FROM "AuditLog"
    ORDER BY kind`;
  return rows.map((r) => r.kind);
}
