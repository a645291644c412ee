import "server-only";
import { learnerGuide } from "@/lib/guides/enrollment";
import { db } from "@/lib/db";
import { getLearnerProgress } from "@/lib/dashboard/queries";
import { todayInTimeZone } from "@/lib/progress/calendar";
import type { SelfAssessmentComparison, SubSkillScore } from "@/lib/progress/proficiency";

/** Ratings shown per question: the latest and up to four before it. */
export const RATING_HISTORY_LIMIT = 5;

export type Rating = { confidence: number; createdAt: Date };

/**
 * The guide's self-check questions (non-archived) grouped by sub-skill, each with the learner's
 * latest ratings (at most RATING_HISTORY_LIMIT, newest first) and how many there are in all:
 * two statements whatever the length of the history (a window function keeps the newest few).
 */
export async function getSelfCheckQuestions(learnerId: string, guideId: string) {
  const prisma = db();
  const [subSkills, rows] = await Promise.all([
    prisma.subSkill.findMany({
      where: { guideId, archivedAt: null },
      orderBy: { position: "asc" },
      select: {
        id: true,
        key: true,
        name: true,
        selfChecks: { where: { archivedAt: null }, orderBy: { position: "asc" }, select: { id: true, prompt: true } },
      },
    }),
    prisma.$queryRaw<Array<Rating & { questionId: string; total: number }>>`
      SELECT "questionId", confidence, "createdAt", total FROM (
        SELECT sa."questionId", sa.confidence, sa."createdAt",
               ROW_NUMBER() OVER (PARTITION BY sa."questionId" ORDER BY sa."createdAt" DESC, sa.id DESC) AS rn,
               (COUNT(*) OVER (PARTITION BY sa."questionId"))::int AS total
          FROM "SelfAssessment" sa
          JOIN "SelfCheckQuestion" q ON q.id = sa."questionId"
         WHERE sa."learnerId" = ${learnerId} AND q."guideId" = ${guideId} AND q."archivedAt" IS NULL
      ) ranked
      WHERE rn <= ${RATING_HISTORY_LIMIT}
      ORDER BY "questionId", rn`,
  ]);
  const history = new Map<string, { ratings: Rating[]; total: number }>();
  for (const row of rows) {
    const entry = history.get(row.questionId) ?? { ratings: [], total: row.total };
    entry.ratings.push({ confidence: row.confidence, createdAt: row.createdAt });
    history.set(row.questionId, entry);
  }
  return subSkills.map((s) => ({
    key: s.key,
    name: s.name,
    questions: s.selfChecks.map((q) => ({
      id: q.id,
      prompt: q.prompt,
      ratings: history.get(q.id)?.ratings ?? [],
      ratingCount: history.get(q.id)?.total ?? 0,
    })),
  }));
}

export interface SubSkillCalibration {
  key: string;
  name: string;
  /** Mean of the latest rating per question, its 0–100 score and the verdict (compareSelfAssessment). */
  comparison: SelfAssessmentComparison;
  /** The evidence behind the score: hours credited, approved deliverables, the counted attempts' quiz answers. */
  evidence: SubSkillScore;
  questions: Array<{ id: string; prompt: string; ratings: Rating[]; ratingCount: number }>;
}

/**
 * The self-assessment page: the questions with their history, and per sub-skill the mean of the
 * latest ratings beside the evidence. Evidence and calibration come from the dashboard's loader
 * (lib/dashboard/queries.ts), so both pages show the same numbers from the same queries.
 */
export async function getSelfAssessmentPage(learnerId: string, timeZone: string) {
  const { guideId } = await learnerGuide(learnerId);
  const [progress, groups] = await Promise.all([
    getLearnerProgress(learnerId, { today: todayInTimeZone(new Date(), timeZone), timeZone }),
    getSelfCheckQuestions(learnerId, guideId),
  ]);
  const scores = new Map(progress.explanation.assessment.subSkills.map((s) => [s.key, s]));
  const comparisons = new Map(progress.selfAssessment.map((c) => [c.subSkillKey, c]));
  const subSkills: SubSkillCalibration[] = groups.flatMap((g) => {
    const evidence = scores.get(g.key);
    const comparison = comparisons.get(g.key);
    return evidence && comparison ? [{ ...g, evidence, comparison }] : [];
  });
  return {
    subSkills,
    quizTaken: progress.quiz.best !== null,
    questionCount: subSkills.reduce((sum, s) => sum + s.questions.length, 0),
    ratedCount: subSkills.reduce((sum, s) => sum + s.questions.filter((q) => q.ratings.length > 0).length, 0),
  };
}
export type SelfAssessmentPage = Awaited<ReturnType<typeof getSelfAssessmentPage>>;
