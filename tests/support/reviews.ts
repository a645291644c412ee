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
  const submission = await testDb().submission.create({
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
  // A deliverable's submission (a project's has none): typed so, for the tests that use it.
  return { ...submission, deliverableId: deliverable.id };
}

/** A comment on a submission's latest version. */
export async function createComment(versionId: string, authorId: string, body = "Looks good so far.") {
  return testDb().reviewComment.create({ data: { versionId, authorId, body }, select: { id: true } });
}

/**
 * A learner's portfolio project (a guide idea) submitted for review: the project SUBMITTED and
 * its submission's version 1 waiting, as `submitProjectAction` leaves them.
 */
export async function createSubmittedProject(learnerId: string, position = 0, options: { submittedAt?: Date } = {}) {
  const guide = await seededGuide();
  const projects = await testDb().portfolioProject.findMany({
    where: { guideId: guide.id, archivedAt: null },
    orderBy: { position: "asc" },
    select: { id: true, title: true },
  });
  const project = projects[position];
  if (!project) throw new Error(`the seeded guide has no project #${position}`);
  const submittedAt = options.submittedAt ?? new Date();
  const repoUrl = "https://github.com/example/project";
  const description = "An image pipeline, **trained and served**.";
  const progress = await testDb().projectProgress.create({
    data: {
      learnerId,
      projectId: project.id,
      status: "SUBMITTED",
      repoUrl,
      description,
      submission: {
        create: {
          learnerId,
          status: "SUBMITTED",
          currentVersion: 1,
          submittedAt,
          versions: { create: { number: 1, repoUrl, description, submittedAt } },
          statusChanges: {
            create: { actorId: learnerId, fromStatus: null, toStatus: "SUBMITTED", createdAt: submittedAt },
          },
        },
      },
    },
    select: {
      id: true,
      projectId: true,
      submission: { select: { id: true, versions: { select: { id: true } } } },
    },
  });
  return {
    id: progress.id,
    projectId: progress.projectId,
    title: project.title,
    submissionId: progress.submission!.id,
    versionId: progress.submission!.versions[0]!.id,
  };
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
/** The key of the guide's project criteria (a portfolio project's submission has no deliverable). */
const PROJECT_RUBRIC = "project";
export async function loadSeededRubrics(): Promise<void> {
  const guide = await seededGuide();
  const criteria = await testDb().rubricCriterion.findMany({
    where: {
      archivedAt: null,
      OR: [{ deliverable: { phase: { guideId: guide.id } } }, { guideId: guide.id, deliverableId: null }],
    },
    orderBy: { position: "asc" },
    select: { id: true, deliverableId: true },
  });
  rubrics.clear();
  for (const c of criteria) {
    const key = c.deliverableId ?? PROJECT_RUBRIC;
    rubrics.set(key, [...(rubrics.get(key) ?? []), c.id]);
  }
}

/**
 * A decision's scores: every active criterion of the rubric at `level` (3, Proficient): the
 * deliverable's, or the guide's project criteria for a project's submission (deliverable null).
 */
export function fullScores(deliverableId: string | null, level = 3): Record<string, number> {
  const ids = rubrics.get(deliverableId ?? PROJECT_RUBRIC);
  if (!ids) throw new Error("no rubric loaded for that work: call loadSeededRubrics() in beforeAll");
  return Object.fromEntries(ids.map((id) => [id, level]));
}

/** A submitted submission and the full scores of its rubric, for inputs built one at a time. */
export async function scoredDecisionInput(learnerId: string) {
  await loadSeededRubrics();
  const submission = await createSubmittedSubmission(learnerId);
  return { submissionId: submission.id, version: 1, scores: fullScores(submission.deliverableId) };
}
