import "server-only";
import { db } from "@/lib/db";
import { learnerGuide } from "@/lib/guides/enrollment";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fromDbDate, toDbDate, type IsoDate } from "@/lib/progress/calendar";
import { ENTRY_SELECT, PAGE_SIZE, type EntryFilters } from "@/lib/hours/schema";
import type { ExportedEntry } from "@/lib/hours/export";
import type { HoursOption, ImportRuleRow, TimeEntryRow } from "@/lib/hours/types";

/**
 * Reads of a learner's time entries. Every query is scoped by `learnerId` in its WHERE clause
 * and totals are summed by PostgreSQL, never by loading the history into JavaScript.
 */

export type HoursCatalog = {
  /** All phases and sub-skills of the learner's guide in path order; archived ones are flagged. */
  phases: HoursOption[];
  subSkills: HoursOption[];
  /** What the log form preselects: the phase of the latest entry, else the first phase. */
  defaultPhaseId: string | null;
};

export async function getHoursCatalog(learnerId: string): Promise<HoursCatalog> {
  const { guideId } = await learnerGuide(learnerId);
  const prisma = db();
  const [phases, subSkills, latest] = await Promise.all([
    prisma.phase.findMany({
      where: { guideId },
      orderBy: { position: "asc" },
      select: { id: true, key: true, title: true, archivedAt: true },
    }),
    prisma.subSkill.findMany({
      where: { guideId },
      orderBy: { position: "asc" },
      select: { id: true, key: true, name: true, archivedAt: true },
    }),
    // "Where you left off" stands in for the current phase: it is one indexed lookup, and the
    // learner usually logs on the phase they logged on last.
    prisma.timeEntry.findFirst({
      where: { learnerId, phase: { guideId, archivedAt: null } },
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      select: { phaseId: true },
    }),
  ]);
  const phaseOptions = phases.map((p) => ({ id: p.id, key: p.key, title: p.title, archived: p.archivedAt !== null }));
  return {
    phases: phaseOptions,
    subSkills: subSkills.map((s) => ({ id: s.id, key: s.key, title: s.name, archived: s.archivedAt !== null })),
    defaultPhaseId: latest?.phaseId ?? phaseOptions.find((p) => !p.archived)?.id ?? null,
  };
}

export type TimeEntryPage = {
  entries: TimeEntryRow[];
  /** Entries matching the filters, on every page. */
  totalCount: number;
  totalMinutes: number;
  /** The page shown: the requested one, or the last when it asked beyond the end. */
  page: number;
  pageCount: number;
};

/** The learner's entries on one guide (through their phase) that match the filters. */
export function entryFilterWhere(
  learnerId: string,
  guideId: string,
  filters: Omit<EntryFilters, "page">,
): Prisma.TimeEntryWhereInput {
  const date: Prisma.DateTimeFilter = {};
  if (filters.from) date.gte = toDbDate(filters.from);
  if (filters.to) date.lte = toDbDate(filters.to);
  return {
    learnerId,
    phase: { guideId },
    ...(filters.phase ? { phaseId: filters.phase } : {}),
    ...(filters.subSkill ? { subSkillId: filters.subSkill } : {}),
    ...(filters.from || filters.to ? { date } : {}),
  };
}

/**
 * One page of the learner's entries on their active guide, newest first, with the count and
 * total of all that match.
 */
export async function listTimeEntries(learnerId: string, filters: EntryFilters): Promise<TimeEntryPage> {
  const { guideId } = await learnerGuide(learnerId);
  const prisma = db();
  const where = entryFilterWhere(learnerId, guideId, filters);
  const totals = await prisma.timeEntry.aggregate({ where, _count: { _all: true }, _sum: { minutes: true } });
  const totalCount = totals._count._all;
  const pageCount = Math.max(1, Math.ceil(totalCount / PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows =
    totalCount === 0
      ? []
      : await prisma.timeEntry.findMany({
          where,
          orderBy: [{ date: "desc" }, { createdAt: "desc" }, { id: "desc" }],
          skip: (page - 1) * PAGE_SIZE,
          take: PAGE_SIZE,
          select: {
            id: true,
            ...ENTRY_SELECT,
            phase: { select: { title: true, archivedAt: true } },
            subSkill: { select: { name: true, archivedAt: true } },
          },
        });
  return {
    entries: rows.map(({ date, phase, subSkill, ...row }) => ({
      ...row,
      date: fromDbDate(date),
      phaseTitle: phase.title,
      phaseArchived: phase.archivedAt !== null,
      subSkillTitle: subSkill?.name ?? null,
      subSkillArchived: subSkill?.archivedAt != null,
    })),
    totalCount,
    totalMinutes: totals._sum.minutes ?? 0,
    page,
    pageCount,
  };
}

/**
 * Minutes the learner has logged on `date`, leaving out the entry being edited. On EVERY guide:
 * the daily cap is per learner and calendar day (a day has 24 hours whatever the guide).
 */
export async function minutesLoggedOn(learnerId: string, date: IsoDate, excludeEntryId?: string): Promise<number> {
  const total = await db().timeEntry.aggregate({
    where: { learnerId, date: toDbDate(date), ...(excludeEntryId ? { id: { not: excludeEntryId } } : {}) },
    _sum: { minutes: true },
  });
  return total._sum.minutes ?? 0;
}

/** Minutes logged per date on every guide (the daily cap's), for the given dates only (one grouped query). */
export async function minutesLoggedByDate(learnerId: string, dates: readonly IsoDate[]): Promise<Map<IsoDate, number>> {
  if (dates.length === 0) return new Map();
  // One array parameter, not one bind parameter per date: an import asks for up to 10,000 days.
  const groups = await db().$queryRaw<Array<{ date: Date; minutes: number }>>`
    SELECT "date", SUM("minutes")::int AS minutes FROM "TimeEntry"
     WHERE "learnerId" = ${learnerId} AND "date" = ANY(${dates as IsoDate[]}::date[])
     GROUP BY "date"`;
  return new Map(groups.map((g) => [fromDbDate(g.date), g.minutes]));
}

/**
 * Every entry of the learner on their active guide, oldest first, as the CSV export writes them
 * (phase keys are the guide's, so the file imports back into the same guide).
 */
export async function exportTimeEntries(learnerId: string): Promise<ExportedEntry[]> {
  const { guideId } = await learnerGuide(learnerId);
  const rows = await db().timeEntry.findMany({
    where: { learnerId, phase: { guideId } },
    orderBy: [{ date: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      date: true,
      minutes: true,
      note: true,
      phase: { select: { key: true } },
      subSkill: { select: { key: true } },
    },
  });
  return rows.map((row) => ({
    date: fromDbDate(row.date),
    minutes: row.minutes,
    phaseKey: row.phase.key,
    subSkillKey: row.subSkill?.key ?? null,
    note: row.note,
  }));
}

/** The learner's import rules on their active guide (a rule maps to one of its phases), as the import section lists them. */
export async function listImportRules(learnerId: string): Promise<ImportRuleRow[]> {
  const { guideId } = await learnerGuide(learnerId);
  const rules = await db().importRule.findMany({
    where: { learnerId, phase: { guideId } },
    orderBy: [{ field: "asc" }, { pattern: "asc" }],
    select: {
      id: true,
      field: true,
      pattern: true,
      phase: { select: { title: true } },
      subSkill: { select: { name: true } },
    },
  });
  return rules.map((r) => ({
    id: r.id,
    field: r.field,
    pattern: r.pattern,
    phaseTitle: r.phase.title,
    subSkillTitle: r.subSkill?.name ?? null,
  }));
}
