import "server-only";
import type { Db } from "@/lib/db";
import { readDb } from "@/lib/read-replica/read-db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays } from "@/lib/progress/calendar";
import { offsetOf, pageCountOf } from "@/lib/paging";
import { referencedIds, type AuditNames } from "./diff-view";
import { readNames } from "./labels";
import { startOfDayInTimeZone } from "./time";
import { AUDIT_EXPORT_MAX_ROWS, AUDIT_PAGE_SIZE, type AuditFilter } from "./schema";

/**
 * The audit trail for the admin page and its CSV: newest first, filtered in SQL. Read-only:
 * the app has no code path that updates or deletes an audit row (and the database refuses
 * both). Callers guard with requireRoleOrForbidden(["ADMIN"]) / requireRole("ADMIN").
 */

function whereOf(filter: AuditFilter, timeZone: string): Prisma.AuditLogWhereInput {
  return {
    ...(filter.actor ? { actorEmail: { contains: filter.actor, mode: "insensitive" } } : {}),
    // A kind is the model's name, one spelling per model (a CHECK holds the column to it).
    ...(filter.kind ? { entityType: filter.kind } : {}),
    ...(filter.from || filter.to
      ? {
          createdAt: {
            ...(filter.from ? { gte: startOfDayInTimeZone(filter.from, timeZone) } : {}),
            ...(filter.to ? { lt: startOfDayInTimeZone(addDays(filter.to, 1), timeZone) } : {}),
          },
        }
      : {}),
  };
}

const ENTRY_SELECT = {
  id: true,
  actorEmail: true,
  action: true,
  entityType: true,
  entityId: true,
  entityLabel: true,
  refLabels: true,
  before: true,
  after: true,
  createdAt: true,
} as const;
type StoredEntry = Prisma.AuditLogGetPayload<{ select: typeof ENTRY_SELECT }>;

export type AuditEntryRow = Omit<StoredEntry, "refLabels"> & { names: AuditNames };

/**
 * Each entry with the names it was written with. Entries from before names were stored (or
 * written by code that could not find one) fall back to today's names, read for the whole
 * batch in one query.
 */
async function withNames(prisma: Db, entries: StoredEntry[]): Promise<AuditEntryRow[]> {
  const stored = (entry: StoredEntry) => (entry.refLabels ?? {}) as Record<string, string>;
  const subjects = entries.filter((e) => e.entityLabel === null).map((e) => ({ type: e.entityType, id: e.entityId }));
  const references = entries.flatMap((e) => referencedIds(e.before, e.after).filter((id) => !(id in stored(e))));
  const today = await readNames(prisma, subjects, references);
  return entries.map(({ refLabels, ...entry }) => {
    const kept = (refLabels ?? {}) as Record<string, string>;
    const names: Record<string, string> = {};
    for (const id of referencedIds(entry.before, entry.after)) {
      const name = kept[id] ?? today.references.get(id);
      if (name !== undefined) names[id] = name;
    }
    return {
      ...entry,
      entityLabel: entry.entityLabel ?? today.subjects.get(`${entry.entityType}:${entry.entityId}`) ?? null,
      names,
    };
  });
}

export async function listAuditEntries(filter: AuditFilter, timeZone: string) {
  const where = whereOf(filter, timeZone);
  const prisma = await readDb();
  const [total, entries] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: offsetOf(filter.page, AUDIT_PAGE_SIZE),
      take: AUDIT_PAGE_SIZE,
      select: ENTRY_SELECT,
    }),
  ]);
  return {
    entries: await withNames(prisma, entries),
    total,
    page: filter.page,
    pageCount: pageCountOf(total, AUDIT_PAGE_SIZE),
  };
}

/** Every entry the filter matches (the page ignored), newest first, up to AUDIT_EXPORT_MAX_ROWS. */
export async function exportAuditEntries(filter: AuditFilter, timeZone: string): Promise<AuditEntryRow[]> {
  const prisma = await readDb();
  const entries = await prisma.auditLog.findMany({
    where: whereOf(filter, timeZone),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_EXPORT_MAX_ROWS,
    select: ENTRY_SELECT,
  });
  return withNames(prisma, entries);
}

/** The kinds seen so far, each once, for the "kind" filter. */
export async function auditKinds(): Promise<string[]> {
  const rows = await (
    await readDb()
  ).$queryRaw<Array<{ kind: string }>>`
    SELECT DISTINCT "entityType" AS kind FROM "AuditLog" ORDER BY kind`;
  return rows.map((r) => r.kind);
}

/** The actors seen so far (their emails, "system" aside), for the actor filter's suggestions. */
export async function auditActors(): Promise<string[]> {
  const rows = await (
    await readDb()
  ).$queryRaw<Array<{ email: string }>>`
    SELECT DISTINCT "actorEmail" AS email FROM "AuditLog" WHERE "actorEmail" IS NOT NULL ORDER BY email LIMIT 200`;
  return rows.map((r) => r.email);
}
