import "server-only";
import type { Db } from "@/lib/db";
import type { ApprovedProjectRow, CurriculumRows } from "./evidence";

/**
 * A guide's curriculum as one JSON document: a single round trip instead of one statement per
 * relation (Prisma's nested selects issue one per level). Phases and sub-skills come with an
 * archived flag (their logged hours still count); archived deliverables, red flags and project
 * ideas are left out (they no longer count as evidence). The quiz policy's counting rule and
 * attempt size come along: they say how the quiz feeds the level.
 *
 * Shared by the single-learner dashboard and the batch summaries (mentor list, cohort table),
 * so both place a learner on the same curriculum and can never disagree on a level.
 */
export async function loadCurriculum(prisma: Db, guideId: string): Promise<CurriculumRows> {
  const [row] = await prisma.$queryRaw<[CurriculumRows]>`
    SELECT
      (SELECT COALESCE(json_agg(json_build_object(
          'id', p.id, 'key', p.key, 'position', p.position, 'title', p.title,
          'estimatedHours', p."estimatedHours", 'archived', p."archivedAt" IS NOT NULL,
          'deliverables', (
            SELECT COALESCE(json_agg(json_build_object(
                'id', d.id, 'key', d.key, 'title', d.title,
                'subSkillKeys', (SELECT COALESCE(json_agg(s.key ORDER BY s.position), '[]'::json)
                                   FROM "DeliverableSubSkill" ds JOIN "SubSkill" s ON s.id = ds."subSkillId"
                                  WHERE ds."deliverableId" = d.id)
              ) ORDER BY d.position), '[]'::json)
              FROM "Deliverable" d WHERE d."phaseId" = p.id AND d."archivedAt" IS NULL)
        ) ORDER BY p.position), '[]'::json)
         FROM "Phase" p WHERE p."guideId" = ${guideId}) AS phases,
      (SELECT COALESCE(json_agg(json_build_object(
          'id', s.id, 'key', s.key, 'name', s.name, 'weightPercent', s."weightPercent",
          'archived', s."archivedAt" IS NOT NULL,
          'quizQuestions', (SELECT COUNT(*) FROM "QuizQuestion" q WHERE q."subSkillId" = s.id AND q."archivedAt" IS NULL)
        ) ORDER BY s.position), '[]'::json)
         FROM "SubSkill" s WHERE s."guideId" = ${guideId}) AS "subSkills",
      (SELECT COALESCE(json_agg(json_build_object(
          'key', l.key, 'name', l.name, 'summary', l.summary,
          'minTotalHours', l."minTotalHours", 'minPhasesCompleted', l."minPhasesCompleted",
          'minQuizPercent', l."minQuizPercent", 'minOverallScore', l."minOverallScore",
          'minSubSkillScore', l."minSubSkillScore", 'minApprovedProjects', l."minApprovedProjects"
        ) ORDER BY l.position), '[]'::json)
         FROM "Level" l WHERE l."guideId" = ${guideId}) AS levels,
      (SELECT COALESCE(json_agg(json_build_object(
          'key', f.key, 'text', f.text, 'subSkillKey', s.key, 'subSkillName', s.name
        ) ORDER BY f.position), '[]'::json)
         FROM "RedFlag" f JOIN "SubSkill" s ON s.id = f."subSkillId"
        WHERE f."guideId" = ${guideId} AND f."archivedAt" IS NULL) AS "redFlags",
      (SELECT COALESCE(json_agg(json_build_object(
          'id', pr.id, 'key', pr.key, 'title', pr.title,
          'subSkillKeys', (SELECT COALESCE(json_agg(s.key ORDER BY s.position), '[]'::json)
                             FROM "ProjectSubSkill" ps JOIN "SubSkill" s ON s.id = ps."subSkillId"
                            WHERE ps."projectId" = pr.id)
        ) ORDER BY pr.position), '[]'::json)
         FROM "PortfolioProject" pr WHERE pr."guideId" = ${guideId} AND pr."archivedAt" IS NULL) AS projects,
      (SELECT json_build_object(
          'counting', g."quizCounting", 'averageOf', g."quizAverageOf", 'questionsPerAttempt', g."quizQuestionsPerAttempt"
        ) FROM "Guide" g WHERE g.id = ${guideId}) AS "quizPolicy"`;
  return row;
}

/**
 * The learners' approved projects on their guide (`guideIds[i]` is `learnerIds[i]`'s), one
 * statement whatever their number (a nested select would add a statement only when some exist):
 * a guide idea by id, an own project with the sub-skills it touches
 * (lib/dashboard/evidence.ts#ApprovedProjectRow). A project counts on the guide it belongs to:
 * the idea's guide, or the guide an own project was made for.
 */
export async function loadApprovedProjects(prisma: Db, learnerIds: readonly string[], guideIds: readonly string[]) {
  const rows = await prisma.$queryRaw<
    Array<{
      id: string;
      learnerId: string;
      projectId: string | null;
      title: string | null;
      subSkillIds: string[];
    }>
  >`
    SELECT pp.id, pp."learnerId", pp."projectId", pp.title,
           COALESCE(array_agg(s."subSkillId") FILTER (WHERE s."subSkillId" IS NOT NULL), '{}') AS "subSkillIds"
      FROM unnest(${[...learnerIds]}::text[], ${[...guideIds]}::text[]) AS e("learnerId", "guideId")
      JOIN "ProjectProgress" pp ON pp."learnerId" = e."learnerId" AND pp.status = 'APPROVED'
      LEFT JOIN "PortfolioProject" pr ON pr.id = pp."projectId"
      LEFT JOIN "ProjectProgressSubSkill" s ON s."progressId" = pp.id
     WHERE COALESCE(pr."guideId", pp."guideId") = e."guideId"
     GROUP BY pp.id`;
  return rows.map((r) => ({
    learnerId: r.learnerId,
    row: (r.projectId
      ? { projectId: r.projectId }
      : { projectId: null, id: r.id, title: r.title, subSkillIds: r.subSkillIds }) satisfies ApprovedProjectRow,
  }));
}
