import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_GUIDE_SLUG } from "@/lib/guides/enrollment";
import type { GuideStatus } from "@/lib/generated/prisma/client";

/**
 * Everything the public overview shows of a guide, in one round trip per table.
 * Archived items are left out: the overview describes the path as it stands today.
 */
export async function getGuideOverview(slug: string = DEFAULT_GUIDE_SLUG, { publishedOnly = false } = {}) {
  const prisma = db();
  const guide = await prisma.guide.findUnique({
    where: { slug, ...(publishedOnly ? { status: "PUBLISHED" as const } : {}) },
    select: {
      id: true,
      slug: true,
      status: true,
      title: true,
      category: true,
      tagline: true,
      overview: true,
      keyCharacteristics: true,
      phases: {
        where: { archivedAt: null },
        orderBy: { position: "asc" },
        select: {
          id: true,
          key: true,
          title: true,
          summary: true,
          estimatedHours: true,
          goals: true,
          _count: {
            select: {
              checklistItems: { where: { archivedAt: null } },
              deliverables: { where: { archivedAt: null } },
            },
          },
        },
      },
      subSkills: {
        where: { archivedAt: null },
        orderBy: { position: "asc" },
        select: { id: true, key: true, name: true, weightPercent: true, description: true, exampleTasks: true },
      },
      levels: {
        orderBy: { position: "asc" },
        select: { id: true, key: true, name: true, summary: true, typicalExperience: true, capabilities: true },
      },
      useCases: {
        where: { archivedAt: null },
        orderBy: { position: "asc" },
        select: { id: true, title: true, difficulty: true, description: true },
      },
      textItems: { orderBy: [{ kind: "asc" }, { position: "asc" }], select: { kind: true, text: true } },
    },
  });
  if (!guide) return null;
  const totalHours = guide.phases.reduce((sum, p) => sum + p.estimatedHours, 0);
  return { ...guide, totalHours };
}

export type GuideOverview = NonNullable<Awaited<ReturnType<typeof getGuideOverview>>>;

/**
 * A phase's number on the path: its place among the guide's non-archived phases (positions may
 * have gaps after an admin archives or reorders), null for an archived phase.
 */
export async function activePhaseNumber(
  guideId: string,
  phase: { position: number; archivedAt: Date | null },
): Promise<number | null> {
  if (phase.archivedAt) return null;
  return 1 + (await db().phase.count({ where: { guideId, archivedAt: null, position: { lt: phase.position } } }));
}

export type CatalogueGuide = {
  id: string;
  slug: string;
  title: string;
  category: string;
  tagline: string;
  totalHours: number;
  phases: number;
  subSkills: number;
  /** The signed-in learner's enrolment (false for guests and other roles). */
  enrolled: boolean;
  active: boolean;
};

/**
 * The public catalogue (/guides): published guides only, in one statement, with their path's
 * hours and counts (non-archived items) and, for a signed-in learner, whether they follow it
 * and whether it is their active guide (the latest activatedAt, as learnerGuide resolves it).
 */
export async function listCatalogue(learnerId: string | null): Promise<CatalogueGuide[]> {
  return db().$queryRaw<CatalogueGuide[]>`
    WITH mine AS (
      SELECT e."guideId", ROW_NUMBER() OVER (ORDER BY e."activatedAt" DESC, e."startedAt" ASC, e.id ASC) AS rank
        FROM "Enrollment" e WHERE e."userId" = ${learnerId ?? ""}
    )
    SELECT g.id, g.slug, g.title, g.category, g.tagline,
           COALESCE((SELECT SUM(p."estimatedHours") FROM "Phase" p WHERE p."guideId" = g.id AND p."archivedAt" IS NULL), 0)::int AS "totalHours",
           (SELECT COUNT(*) FROM "Phase" p WHERE p."guideId" = g.id AND p."archivedAt" IS NULL)::int AS phases,
           (SELECT COUNT(*) FROM "SubSkill" s WHERE s."guideId" = g.id AND s."archivedAt" IS NULL)::int AS "subSkills",
           (m."guideId" IS NOT NULL) AS enrolled,
           COALESCE(m.rank = 1, false) AS active
      FROM "Guide" g LEFT JOIN mine m ON m."guideId" = g.id
     WHERE g.status = 'PUBLISHED'
     ORDER BY g.title, g.id`;
}

export type LearnerGuideChoice = {
  guideId: string;
  slug: string;
  title: string;
  status: GuideStatus;
  active: boolean;
};

/** The guides a learner is enrolled in, active first, for the guide switcher (nav and catalogue). */
export async function listLearnerGuides(learnerId: string): Promise<LearnerGuideChoice[]> {
  const rows = await db().enrollment.findMany({
    where: { userId: learnerId },
    orderBy: [{ activatedAt: "desc" }, { startedAt: "asc" }, { id: "asc" }],
    select: { guideId: true, guide: { select: { slug: true, title: true, status: true } } },
  });
  return rows.map((row, index) => ({ guideId: row.guideId, ...row.guide, active: index === 0 }));
}
