import "server-only";
import { db } from "@/lib/db";
import { publishProblems, type GuideStatusName } from "./rules";

/** Reads for the admin's guide pages (the pages check the ADMIN role before calling them). */

export type AdminGuideRow = {
  id: string;
  slug: string;
  title: string;
  status: GuideStatusName;
  publishedAt: Date | null;
  archivedAt: Date | null;
  learners: number;
  phases: number;
};

/** Every guide, drafts and archived ones included, with its enrolled learners counted in SQL. */
export async function listAdminGuides(): Promise<AdminGuideRow[]> {
  return db().$queryRaw<AdminGuideRow[]>`
    SELECT g.id, g.slug, g.title, g.status::text AS status, g."publishedAt", g."archivedAt",
           (SELECT COUNT(*) FROM "Enrollment" e WHERE e."guideId" = g.id)::int AS learners,
           (SELECT COUNT(*) FROM "Phase" p WHERE p."guideId" = g.id AND p."archivedAt" IS NULL)::int AS phases
      FROM "Guide" g
     ORDER BY CASE g.status WHEN 'PUBLISHED' THEN 0 WHEN 'DRAFT' THEN 1 ELSE 2 END, g.title, g.id`;
}

/** One guide for its admin page: its status, learners, and what publishing would still need. */
export async function getAdminGuide(slug: string) {
  const guide = await db().guide.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      category: true,
      tagline: true,
      status: true,
      publishedAt: true,
      archivedAt: true,
      createdAt: true,
      _count: { select: { enrollments: true, cohorts: true } },
      phases: { where: { archivedAt: null }, select: { estimatedHours: true } },
      subSkills: { where: { archivedAt: null }, select: { weightPercent: true } },
      levels: { select: { id: true } },
    },
  });
  if (!guide) return null;
  const { phases, subSkills, levels, _count, ...rest } = guide;
  return {
    ...rest,
    learners: _count.enrollments,
    cohorts: _count.cohorts,
    phases: phases.length,
    subSkills: subSkills.length,
    problems: publishProblems({
      phaseHours: phases.map((p) => p.estimatedHours),
      subSkillWeights: subSkills.map((s) => s.weightPercent),
      levels: levels.length,
    }),
  };
}
export type AdminGuide = NonNullable<Awaited<ReturnType<typeof getAdminGuide>>>;
