import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

/**
 * Rubric-scored reviews (issue 11, item 3) against a real database: the scores a decision must
 * carry and where they are refused, who may score, what the learner sees, the curriculum
 * editor's rubric parts, and the scores feeding the proficiency model.
 */

const reviews = await import("@/lib/reviews/actions");
const curriculum = await import("@/lib/curriculum/actions");
const { AuthorizationError } = await import("@/lib/auth/errors");
const { INVALID_LEVEL_MESSAGE, NOT_IN_RUBRIC_MESSAGE, UNSCORED_MESSAGE } = await import("@/lib/rubrics/schema");
const { SCORE_EVERY_CRITERION_MESSAGE } = await import("@/lib/rubrics/mutations");
const { rubricFor } = await import("@/lib/rubrics/queries");
const { getDeliverableForLearner } = await import("@/lib/deliverables/queries");
const { getSubmissionReview } = await import("@/lib/reviews/queries");
const { getLearnerProgress } = await import("@/lib/dashboard/queries");
const { assignMentor } = await import("../support/auth");
const { createEnrolledLearner, createTestUser, seededGuide, testDb } = await import("../support/db");
const { createFixtureGuide } = await import("../support/curriculum");
const { fullScores, loadSeededRubrics, reviewScenario } = await import("../support/reviews");

beforeAll(loadSeededRubrics);
beforeEach(() => signInAs(null));

/** Everything a decision writes: a refused one must leave all of it as it was. */
async function written(submissionId: string) {
  const [submission, reviewCount, scoreCount, audits] = await Promise.all([
    testDb().submission.findUniqueOrThrow({ where: { id: submissionId }, select: { status: true } }),
    testDb().review.count({ where: { version: { submissionId } } }),
    testDb().rubricScore.count({ where: { review: { version: { submissionId } } } }),
    testDb().auditLog.count({ where: { entityId: submissionId } }),
  ]);
  return { status: submission.status, reviewCount, scoreCount, audits };
}

describe("scoring a decision", () => {
  it("stores one score per criterion with the change request, audits them, and shows them to the learner", async () => {
    const { learner, mentor, submission } = await reviewScenario();
    const scores = fullScores(submission.deliverableId, 2);
    const [first] = Object.keys(scores);
    scores[first!] = 4;
    signInAs(mentor);
    const result = await reviews.requestChangesAction({
      submissionId: submission.id,
      version: 1,
      comment: "Add the sample request.",
      scores,
    });
    expect(result).toMatchObject({ ok: true, data: { status: "CHANGES_REQUESTED" } });

    const stored = await testDb().rubricScore.findMany({
      where: { review: { version: { submissionId: submission.id } } },
    });
    expect(Object.fromEntries(stored.map((s) => [s.criterionId, s.level]))).toEqual(scores);
    const audit = await testDb().auditLog.findFirstOrThrow({ where: { entityId: submission.id } });
    expect((audit.after as { scores: unknown[] }).scores).toHaveLength(stored.length);

    // The learner's deliverable page (its version history) holds the scores with the descriptors.
    const page = await getDeliverableForLearner(learner.id, submission.deliverableId);
    const review = page!.submission!.versions[0]!.review!;
    expect(review.summary).toBe("Add the sample request.");
    expect(review.scores.map((s) => s.level)).toEqual(
      (await rubricFor(submission.deliverableId, (await seededGuide()).id)).map((c) => scores[c.id]),
    );
    expect(review.scores[0]!.criterion.exemplary.length).toBeGreaterThan(0);
    // And the review page shows the same decision with its scores.
    const reviewPage = await getSubmissionReview(mentor, submission.id);
    expect(reviewPage!.versions[0]!.review!.scores).toHaveLength(stored.length);
  });

  it("refuses a decision that leaves a criterion unscored, on that criterion's field, and saves nothing", async () => {
    const { mentor, submission } = await reviewScenario();
    const scores = fullScores(submission.deliverableId);
    const [missing, ...rest] = Object.keys(scores);
    const before = await written(submission.id);
    signInAs(mentor);
    for (const decide of [
      () => reviews.approveSubmissionAction({ submissionId: submission.id, version: 1, scores: { [rest[0]!]: 3 } }),
      () =>
        reviews.requestChangesAction({
          submissionId: submission.id,
          version: 1,
          comment: "Needs work.",
          scores: Object.fromEntries(rest.map((id) => [id, 2])),
        }),
    ]) {
      const result = await decide();
      expect(result).toMatchObject({
        ok: false,
        message: SCORE_EVERY_CRITERION_MESSAGE,
        fieldErrors: { [`rubric-${missing}`]: [UNSCORED_MESSAGE] },
      });
    }
    expect(await written(submission.id)).toEqual(before);
  });

  it("reads the form's radio fields (rubric-<id>) and refuses a level outside 1..4 on its field", async () => {
    const { mentor, submission } = await reviewScenario();
    const ids = Object.keys(fullScores(submission.deliverableId));
    signInAs(mentor);
    const form = (level: string) => {
      const data = new FormData();
      data.set("submissionId", submission.id);
      data.set("version", "1");
      ids.forEach((id, i) => data.set(`rubric-${id}`, i === 0 ? level : "3"));
      return data;
    };
    for (const level of ["0", "5", "two"]) {
      expect(await reviews.approveSubmissionAction(undefined, form(level))).toMatchObject({
        ok: false,
        fieldErrors: { [`rubric-${ids[0]}`]: [INVALID_LEVEL_MESSAGE] },
      });
    }
    expect(await reviews.approveSubmissionAction(undefined, form("4"))).toMatchObject({ ok: true });
    expect(await testDb().rubricScore.count({ where: { criterionId: ids[0], level: 4 } })).toBeGreaterThan(0);
  });

  it("refuses a criterion that belongs to another rubric, and saves nothing", async () => {
    const { mentor, submission } = await reviewScenario();
    const other = await testDb().rubricCriterion.findFirstOrThrow({
      where: { deliverableId: { not: submission.deliverableId }, archivedAt: null },
    });
    const before = await written(submission.id);
    signInAs(mentor);
    const result = await reviews.approveSubmissionAction({
      submissionId: submission.id,
      version: 1,
      scores: { ...fullScores(submission.deliverableId), [other.id]: 3 },
    });
    expect(result).toEqual({ ok: false, message: NOT_IN_RUBRIC_MESSAGE });
    expect(await written(submission.id)).toEqual(before);
  });

  it("lets no learner score, not even on their own work, nor a mentor not assigned to the learner", async () => {
    const { learner, submission } = await reviewScenario();
    const stranger = await createTestUser("MENTOR");
    const before = await written(submission.id);
    const denied = new AuthorizationError().message;
    for (const caller of [learner, stranger, await createTestUser("LEARNER")]) {
      signInAs(caller);
      const input = { submissionId: submission.id, version: 1, scores: fullScores(submission.deliverableId, 4) };
      expect(await reviews.approveSubmissionAction(input)).toMatchObject({ ok: false });
      expect(await reviews.requestChangesAction({ ...input, comment: "Mine." })).toMatchObject({ ok: false });
    }
    signInAs(stranger);
    expect(
      await reviews.approveSubmissionAction({
        submissionId: submission.id,
        version: 1,
        scores: fullScores(submission.deliverableId),
      }),
    ).toEqual({ ok: false, message: denied });
    expect(await written(submission.id)).toEqual(before);
  });
});

describe("the rubric as curriculum", () => {
  /** A fixture guide's first deliverable, submitted by a learner whose mentor is returned. */
  async function onFixture() {
    const guide = await createFixtureGuide();
    const deliverable = guide.phases[0]!.deliverables[0]!;
    const learner = await createEnrolledLearner({ guideId: guide.id });
    const mentor = await createTestUser("MENTOR");
    await assignMentor(mentor.id, learner.id);
    const submission = await testDb().submission.create({
      data: {
        learnerId: learner.id,
        deliverableId: deliverable.id,
        status: "SUBMITTED",
        submittedAt: new Date(),
        versions: { create: { number: 1, description: "v1", submittedAt: new Date() } },
      },
    });
    return { guide, deliverable, mentor, submission };
  }

  it("is seeded for every deliverable of the guide, and the guide's project criteria answer rubricFor(null)", async () => {
    const guide = await seededGuide();
    const deliverables = await testDb().deliverable.findMany({ where: { phase: { guideId: guide.id } } });
    for (const d of deliverables) expect((await rubricFor(d.id, guide.id)).length).toBeGreaterThanOrEqual(2);
    const project = await rubricFor(null, guide.id);
    expect(project.map((c) => c.key)).toEqual(["problem-and-scope", "working-system", "evidence"]);
    expect(project.every((c) => c.descriptors.length === 4 && c.descriptors.every((d) => d.length > 0))).toBe(true);
  });

  it("an admin adds a criterion (audited) that the next decision must score; an archived one is no longer asked", async () => {
    const { guide, deliverable, mentor, submission } = await onFixture();
    const admin = signInAs(await createTestUser("ADMIN"));
    const added = await curriculum.saveCurriculumItemAction({
      part: "rubricCriterion",
      deliverableId: deliverable.id,
      title: "Security",
      notYet: "Runs as root.",
      developing: "Some hardening.",
      proficient: "Non-root user, no secrets in the image.",
      exemplary: "Scanned image, minimal base.",
    });
    expect(added).toMatchObject({ ok: true });
    const created = await testDb().rubricCriterion.findFirstOrThrow({
      where: { deliverableId: deliverable.id, title: "Security" },
    });
    expect(
      await testDb().auditLog.count({
        where: { actorId: admin.id, action: "rubricCriterion.created", entityId: created.id },
      }),
    ).toBe(1);

    const criteria = await rubricFor(deliverable.id, guide.id);
    const old = criteria.filter((c) => c.id !== created.id);
    signInAs(mentor);
    const withoutNew = Object.fromEntries(old.map((c) => [c.id, 3]));
    expect(
      await reviews.approveSubmissionAction({ submissionId: submission.id, version: 1, scores: withoutNew }),
    ).toMatchObject({ ok: false, fieldErrors: { [`rubric-${created.id}`]: [UNSCORED_MESSAGE] } });

    signInAs(admin);
    expect(await curriculum.removeCurriculumItemAction({ entity: "rubricCriterion", id: created.id })).toMatchObject({
      ok: true,
      data: { kind: "deleted" }, // never scored: nothing points to it
    });
    signInAs(mentor);
    expect(
      await reviews.approveSubmissionAction({ submissionId: submission.id, version: 1, scores: withoutNew }),
    ).toMatchObject({ ok: true });

    // Once scored, a criterion is archived, never deleted, and its scores stay.
    signInAs(admin);
    const scored = old[0]!;
    expect(await curriculum.removeCurriculumItemAction({ entity: "rubricCriterion", id: scored.id })).toMatchObject({
      ok: true,
      data: { kind: "archived" },
    });
    expect(await testDb().rubricScore.count({ where: { criterionId: scored.id } })).toBe(1);
  });
});

describe("rubric scores feed the proficiency model", () => {
  /** Approves the learner's first seeded deliverable with every criterion at `level`; its sub-skills' deliverable credit. */
  async function creditAfterApproval(level: number) {
    const { learner, mentor, submission } = await reviewScenario();
    signInAs(mentor);
    const result = await reviews.approveSubmissionAction({
      submissionId: submission.id,
      version: 1,
      scores: fullScores(submission.deliverableId, level),
    });
    expect(result).toMatchObject({ ok: true });
    const progress = await getLearnerProgress(learner.id, { today: "2026-12-05" });
    return progress.explanation.assessment.subSkills.find((s) => s.key === "model-serving-architecture")!;
  }

  it("counts Proficient in full, Developing half and Not yet nothing toward the sub-skills the deliverable touches", async () => {
    const proficient = await creditAfterApproval(3);
    const developing = await creditAfterApproval(2);
    const notYet = await creditAfterApproval(1);
    // Model Serving Architecture is touched by 3 deliverables; one is approved in each case.
    expect(proficient.deliverables).toMatchObject({ approved: 1, credit: 1, total: 3 });
    expect(developing.deliverables).toMatchObject({ approved: 1, credit: 0.5, total: 3 });
    expect(notYet.deliverables).toMatchObject({ approved: 1, credit: 0, total: 3 });
    expect(proficient.score).toBeGreaterThan(developing.score);
    expect(developing.score).toBeGreaterThan(notYet.score);
    // Approval still completes the deliverable for the phase, whatever the scores.
    expect(notYet.approvedDeliverables).toBe(1);
  });

  it("does not count a change request's scores", async () => {
    const { learner, mentor, submission } = await reviewScenario();
    signInAs(mentor);
    await reviews.requestChangesAction({
      submissionId: submission.id,
      version: 1,
      comment: "Almost.",
      scores: fullScores(submission.deliverableId, 4),
    });
    const progress = await getLearnerProgress(learner.id, { today: "2026-12-05" });
    const serving = progress.explanation.assessment.subSkills.find((s) => s.key === "model-serving-architecture")!;
    expect(serving.deliverables).toMatchObject({ approved: 0, credit: 0 });
  });
});
