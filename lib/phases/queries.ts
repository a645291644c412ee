import "server-only";
import { learnerGuide } from "@/lib/guides/enrollment";
import { activePhaseNumber } from "@/lib/guides/queries";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { whatsLeft } from "@/lib/phases/whats-left";
import { isPhaseComplete, progress, type DeliverableStatus, type PhaseInput } from "@/lib/progress/path";

/**
 * The phase pages for one learner. Every read is scoped to the learner in its WHERE clause and
 * every figure is aggregated in SQL: minutes with SUM … GROUP BY phase, checklist completion
 * with COUNT … GROUP BY phase. Archived curriculum is hidden from new work, but whatever the
 * learner already did on it (hours, ticked items, notes, submissions) stays visible, marked.
 */

/** What both phase pages show of a phase: its heading, place in the path and estimate. */
const PHASE_SELECT = {
  id: true,
  key: true,
  title: true,
  summary: true,
  position: true,
  estimatedHours: true,
} as const satisfies Prisma.PhaseSelect;

type ChecklistCountRow = { phaseId: string; total: number; done: number };

/** All phases of the learner's guide with hours against the estimate and completion. */
export async function listPhasesForLearner(learnerId: string) {
  const { guideId } = await learnerGuide(learnerId);
  const prisma = db();
  const [phases, minutes, checklist] = await Promise.all([
    prisma.phase.findMany({
      where: { guideId },
      orderBy: { position: "asc" },
      select: {
        ...PHASE_SELECT,
        archivedAt: true,
        deliverables: {
          where: { archivedAt: null },
          orderBy: { position: "asc" },
          select: { key: true, title: true, submissions: { where: { learnerId }, select: { status: true } } },
        },
      },
    }),
    prisma.timeEntry.groupBy({ by: ["phaseId"], where: { learnerId, phase: { guideId } }, _sum: { minutes: true } }),
    prisma.$queryRaw<ChecklistCountRow[]>`
      SELECT i."phaseId",
             count(*) FILTER (WHERE i."archivedAt" IS NULL)::int AS total,
             count(p."completedAt") FILTER (WHERE i."archivedAt" IS NULL)::int AS done
        FROM "ChecklistItem" i
        JOIN "Phase" ph ON ph.id = i."phaseId"
        LEFT JOIN "ChecklistProgress" p ON p."itemId" = i.id AND p."learnerId" = ${learnerId}
       WHERE ph."guideId" = ${guideId}
       GROUP BY i."phaseId"`,
  ]);
  const minutesByPhase = new Map(minutes.map((row) => [row.phaseId, row._sum.minutes ?? 0]));
  const checklistByPhase = new Map(checklist.map((row) => [row.phaseId, row]));

  let activeCount = 0;
  return (
    phases
      .map((phase) => {
        const input: PhaseInput = {
          key: phase.key,
          title: phase.title,
          position: phase.position,
          estimatedHours: phase.estimatedHours,
          archived: phase.archivedAt !== null,
          loggedMinutes: minutesByPhase.get(phase.id) ?? 0,
          deliverables: phase.deliverables.map((d) => ({
            key: d.key,
            title: d.title,
            status: statusOf(d.submissions),
            subSkillKeys: [],
          })),
        };
        const items = checklistByPhase.get(phase.id);
        return {
          key: phase.key,
          title: phase.title,
          summary: phase.summary,
          archived: input.archived,
          // Phases are numbered 1, 2, 3 … along the path as it stands; an archived one has no number.
          number: input.archived ? null : ++activeCount,
          hours: progress(input.loggedMinutes, phase.estimatedHours * 60),
          checklist: { done: items?.done ?? 0, total: items?.total ?? 0 },
          deliverables: {
            approved: input.deliverables.filter((d) => d.status === "APPROVED").length,
            total: input.deliverables.length,
          },
          complete: !input.archived && isPhaseComplete(input),
        };
      })
      // An archived phase stays listed only where the learner logged time on it.
      .filter((phase) => !phase.archived || phase.hours.loggedMinutes > 0)
  );
}

export type PhaseSummary = Awaited<ReturnType<typeof listPhasesForLearner>>[number];

const statusOf = (submissions: ReadonlyArray<{ status: DeliverableStatus }>): DeliverableStatus =>
  submissions[0]?.status ?? "NOT_STARTED";

/** One phase by key: goals, checklists with the learner's progress and notes, deliverables, hours. */
export async function getPhaseForLearner(learnerId: string, phaseKey: string) {
  const { guideId } = await learnerGuide(learnerId);
  const prisma = db();
  const phase = await prisma.phase.findUnique({
    where: { guideId_key: { guideId, key: phaseKey } },
    select: {
      ...PHASE_SELECT,
      goals: true,
      archivedAt: true,
      checklistItems: {
        // Archived items stay only where the learner has something on them (done, or a note).
        where: {
          OR: [
            { archivedAt: null },
            { progress: { some: { learnerId, OR: [{ completedAt: { not: null } }, { note: { not: null } }] } } },
          ],
        },
        orderBy: [{ kind: "asc" }, { position: "asc" }],
        select: {
          id: true,
          kind: true,
          title: true,
          archivedAt: true,
          progress: { where: { learnerId }, select: { completedAt: true, note: true } },
          // Archived resources stay only where the learner marked them done.
          resources: {
            where: { OR: [{ archivedAt: null }, { progress: { some: { learnerId } } }] },
            orderBy: { position: "asc" },
            select: {
              id: true,
              title: true,
              url: true,
              kind: true,
              cost: true,
              estimatedMinutes: true,
              archivedAt: true,
              progress: { where: { learnerId }, select: { completedAt: true } },
            },
          },
        },
      },
      deliverables: {
        where: { OR: [{ archivedAt: null }, { submissions: { some: { learnerId } } }] },
        orderBy: { position: "asc" },
        select: {
          id: true,
          title: true,
          description: true,
          archivedAt: true,
          submissions: { where: { learnerId }, select: { status: true, currentVersion: true, updatedAt: true } },
        },
      },
    },
  });
  if (!phase) return null;
  const [logged, number, [resourceCounts]] = await Promise.all([
    prisma.timeEntry.aggregate({ where: { learnerId, phaseId: phase.id }, _sum: { minutes: true } }),
    activePhaseNumber(guideId, phase),
    // Active resources of active items; the minutes of those the learner has not done.
    prisma.$queryRaw<Array<{ total: number; done: number; minutesLeft: number }>>`
      SELECT count(*)::int AS total,
             count(rp."resourceId")::int AS done,
             coalesce(sum(r."estimatedMinutes") FILTER (WHERE rp."resourceId" IS NULL), 0)::int AS "minutesLeft"
        FROM "Resource" r
        JOIN "ChecklistItem" i ON i.id = r."itemId"
        LEFT JOIN "ResourceProgress" rp ON rp."resourceId" = r.id AND rp."learnerId" = ${learnerId}
       WHERE i."phaseId" = ${phase.id} AND r."archivedAt" IS NULL AND i."archivedAt" IS NULL`,
  ]);
  const phaseArchived = phase.archivedAt !== null;

  const items = phase.checklistItems.map((item) => ({
    id: item.id,
    kind: item.kind,
    title: item.title,
    archived: phaseArchived || item.archivedAt !== null,
    completed: Boolean(item.progress[0]?.completedAt),
    note: item.progress[0]?.note ?? null,
    resources: item.resources.map((r) => ({
      id: r.id,
      title: r.title,
      url: r.url,
      kind: r.kind,
      cost: r.cost,
      estimatedMinutes: r.estimatedMinutes,
      archived: phaseArchived || item.archivedAt !== null || r.archivedAt !== null,
      done: r.progress.length > 0,
    })),
  }));
  const deliverables = phase.deliverables.map((d) => ({
    id: d.id,
    title: d.title,
    description: d.description,
    archived: phaseArchived || d.archivedAt !== null,
    status: statusOf(d.submissions),
    version: d.submissions[0]?.currentVersion ?? null,
    updatedAt: d.submissions[0]?.updatedAt ?? null,
  }));
  return {
    key: phase.key,
    title: phase.title,
    summary: phase.summary,
    number,
    goals: phase.goals,
    estimatedHours: phase.estimatedHours,
    archived: phaseArchived,
    hours: progress(logged._sum.minutes ?? 0, phase.estimatedHours * 60),
    topics: items.filter((i) => i.kind === "TOPIC"),
    actions: items.filter((i) => i.kind === "ACTION"),
    deliverables,
    left: whatsLeft({
      topics: countDone(items.filter((i) => i.kind === "TOPIC")),
      actions: countDone(items.filter((i) => i.kind === "ACTION")),
      deliverables: {
        approved: deliverables.filter((d) => !d.archived && d.status === "APPROVED").length,
        total: deliverables.filter((d) => !d.archived).length,
      },
      resources: resourceCounts ?? { total: 0, done: 0, minutesLeft: 0 },
      loggedMinutes: logged._sum.minutes ?? 0,
      estimatedMinutes: phase.estimatedHours * 60,
    }),
  };
}

const countDone = (items: ReadonlyArray<{ archived: boolean; completed: boolean }>) => {
  const active = items.filter((i) => !i.archived);
  return { done: active.filter((i) => i.completed).length, total: active.length };
};

export type PhaseDetail = NonNullable<Awaited<ReturnType<typeof getPhaseForLearner>>>;
export type ChecklistEntry = PhaseDetail["topics"][number];
export type PhaseResource = ChecklistEntry["resources"][number];
export type PhaseDeliverable = PhaseDetail["deliverables"][number];
