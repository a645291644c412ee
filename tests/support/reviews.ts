import { assignMentor } from "./auth";
import { createTestUser, seededGuide, testDb } from "./db";

/**
 * Review fixtures: submissions and projects in the state a reviewer acts on, written directly
 * (the learner-side flow has its own tests). Each call uses the seeded guide's deliverables
 * and projects by position, so one learner can hold several at once.
 */

export async function deliverableAt(position = 0) {
  const guide = await seededGuide();
  const deliverables = await testDb().deliverable.findMany({
    where: { phase: { guideId: guide.id }, archivedAt: null },
    orderBy: [{ phase: { position: "asc" } }, { position: "asc" }],
    select: { id: true, title: true },
  });
  const deliverable = deliverables[position];
  if (!deliverable) throw new Error(`the seeded guide has no deliverable #${position}`);
  return deliverable;
}

/** A learner's deliverable submitted for review at `submittedAt` (version 1, or `version`). */
export async function createSubmittedSubmission(
  learnerId: string,
  options: { position?: number; submittedAt?: Date; version?: number; description?: string } = {},
) {
  const deliverable = await deliverableAt(options.position ?? 0);
  const submittedAt = options.submittedAt ?? new Date();
  const version = options.version ?? 1;
  return testDb().submission.create({
    data: {
      learnerId,
      deliverableId: deliverable.id,
      status: "SUBMITTED",
      currentVersion: version,
      submittedAt,
      versions: {
        create: Array.from({ length: version }, (_, i) => ({
          number: i + 1,
          repoUrl: "https://github.com/example/work",
          description: options.description ?? `Version ${i + 1}: **what I built**.`,
          submittedAt: new Date(submittedAt.getTime() - (version - 1 - i) * 86_400_000),
        })),
      },
      statusChanges: {
        create: { actorId: learnerId, fromStatus: null, toStatus: "SUBMITTED", createdAt: submittedAt },
      },
    },
    select: {
      id: true,
      deliverableId: true,
      versions: { orderBy: { number: "asc" }, select: { id: true, number: true } },
    },
  });
}

/** A comment on a submission's latest version. */
export async function createComment(versionId: string, authorId: string, body = "Looks good so far.") {
  return testDb().reviewComment.create({ data: { versionId, authorId, body }, select: { id: true } });
}

/** A learner's portfolio project in SUBMITTED. */
export async function createSubmittedProject(learnerId: string, position = 0) {
  const guide = await seededGuide();
  const projects = await testDb().portfolioProject.findMany({
    where: { guideId: guide.id, archivedAt: null },
    orderBy: { position: "asc" },
    select: { id: true, title: true },
  });
  const project = projects[position];
  if (!project) throw new Error(`the seeded guide has no project #${position}`);
  return testDb().projectProgress.create({
    data: { learnerId, projectId: project.id, status: "SUBMITTED", repoUrl: "https://github.com/example/project" },
    select: { id: true, projectId: true },
  });
}

/** A learner with an assigned mentor and one submission waiting for review. */
export async function reviewScenario(options: { submittedAt?: Date; version?: number } = {}) {
  const learner = await createTestUser("LEARNER", { name: "Lena Learner" });
  const mentor = await createTestUser("MENTOR", { name: "Milo Mentor" });
  await assignMentor(mentor.id, learner.id);
  const submission = await createSubmittedSubmission(learner.id, options);
  return { learner, mentor, submission };
}

/**
 * Every seeded deliverable's active rubric criteria, loaded once (call in beforeAll), so a test
 * can score a decision synchronously (`fullScores`) where the calls must start in order.
 */
const rubrics = new Map<string, string[]>();
export async function loadSeededRubrics(): Promise<void> {
  const guide = await seededGuide();
  const criteria = await testDb().rubricCriterion.findMany({
    where: { archivedAt: null, deliverable: { phase: { guideId: guide.id } } },
    orderBy: { position: "asc" },
    select: { id: true, deliverableId: true },
  });
  rubrics.clear();
  for (const c of criteria) rubrics.set(c.deliverableId!, [...(rubrics.get(c.deliverableId!) ?? []), c.id]);
}

/** A decision's scores: every active criterion of the deliverable's rubric at `level` (3, Proficient). */
export function fullScores(deliverableId: string, level = 3): Record<string, number> {
  const ids = rubrics.get(deliverableId);
  if (!ids) throw new Error("no rubric loaded for that deliverable: call loadSeededRubrics() in beforeAll");
  return Object.fromEntries(ids.map((id) => [id, level]));
}

/** A submitted submission and the full scores of its rubric, for inputs built one at a time. */
export async function scoredDecisionInput(learnerId: string) {
  await loadSeededRubrics();
  const submission = await createSubmittedSubmission(learnerId);
  return { submissionId: submission.id, version: 1, scores: fullScores(submission.deliverableId) };
}
