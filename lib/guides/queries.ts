import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_GUIDE_SLUG } from "@/lib/guides/enrollment";

/**
 * Everything the public overview shows of a guide, in one round trip per table.
 * Archived items are left out: the overview describes the path as it stands today.
 */
export async function getGuideOverview(slug: string = DEFAULT_GUIDE_SLUG) {
  const prisma = db();
  const guide = await prisma.guide.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
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
