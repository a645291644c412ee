import { beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

const actions = await import("@/lib/reviews/actions");
const { ALREADY_REVIEWED_MESSAGE } = await import("@/lib/reviews/schema");
const { AuthorizationError } = await import("@/lib/auth/errors");
const { assignMentor } = await import("../support/auth");
const { createTestUser, testDb } = await import("../support/db");
const {
  createSubmittedProject,
  fullScores,
  loadSeededRubrics,
  reviewScenario: scenario,
} = await import("../support/reviews");

beforeAll(loadSeededRubrics);

/** Deciding on submissions and projects. The conversation and the queue have their own files. */

/** Everything a decision writes, for "nothing saved" and "exactly one" checks. */
async function trail(submissionId: string, learnerId: string) {
  const prisma = testDb();
  const [submission, reviews, statusChanges, audits, notifications] = await Promise.all([
    prisma.submission.findUniqueOrThrow({ where: { id: submissionId }, select: { status: true, approvedAt: true } }),
    prisma.review.findMany({ where: { version: { submissionId } } }),
    prisma.submissionStatusChange.findMany({ where: { submissionId }, orderBy: { createdAt: "asc" } }),
    prisma.auditLog.findMany({ where: { entityType: "Submission", entityId: submissionId } }),
    prisma.notification.findMany({ where: { userId: learnerId } }),
  ]);
  return { ...submission, reviews, statusChanges, audits, notifications };
}

describe("approving and requesting changes", () => {
  it("approves: status, review, status change, audit row with before/after, learner notified", async () => {
    const { learner, mentor, submission } = await scenario();
    signInAs(mentor);
    const result = await actions.approveSubmissionAction({
      submissionId: submission.id,
      scores: fullScores(submission.deliverableId),
      version: 1,
      comment: "  Clean work.  ",
    });
    expect(result).toMatchObject({ ok: true, data: { status: "APPROVED" } });

    const after = await trail(submission.id, learner.id);
    expect(after.status).toBe("APPROVED");
    expect(after.approvedAt).toBeInstanceOf(Date);
    expect(after.reviews).toHaveLength(1);
    expect(after.reviews[0]).toMatchObject({ decision: "APPROVED", summary: "Clean work.", reviewerId: mentor.id });
    expect(after.statusChanges.at(-1)).toMatchObject({
      fromStatus: "SUBMITTED",
      toStatus: "APPROVED",
      actorId: mentor.id,
    });
    expect(after.audits).toHaveLength(1);
    expect(after.audits[0]).toMatchObject({
      action: "review.approved",
      actorId: mentor.id,
      actorEmail: mentor.email,
      before: { status: "SUBMITTED", version: 1, approvedAt: null },
      after: { status: "APPROVED", version: 1, reviewId: after.reviews[0]!.id, comment: "Clean work." },
    });
    expect(after.notifications).toHaveLength(1);
    expect(after.notifications[0]).toMatchObject({
      kind: "review.approved",
      body: "Clean work.",
      href: `/deliverables/${submission.deliverableId}`,
      readAt: null,
    });
    expect(after.notifications[0]!.title).toMatch(/was approved$/);
  });

  it("approves without a comment", async () => {
    const { mentor, submission } = await scenario();
    signInAs(mentor);
    await expect(
      actions.approveSubmissionAction({
        submissionId: submission.id,
        scores: fullScores(submission.deliverableId),
        version: 1,
      }),
    ).resolves.toMatchObject({
      ok: true,
    });
    const review = await testDb().review.findFirstOrThrow({ where: { version: { submissionId: submission.id } } });
    expect(review.summary).toBeNull();
  });

  it("requests changes with a comment: CHANGES_REQUESTED, audited, the comment reaches the learner", async () => {
    const { learner, mentor, submission } = await scenario();
    signInAs(mentor);
    const result = await actions.requestChangesAction({
      submissionId: submission.id,
      scores: fullScores(submission.deliverableId),
      version: 1,
      comment: "Add a README with the run commands.",
    });
    expect(result).toMatchObject({ ok: true, data: { status: "CHANGES_REQUESTED" } });
    const after = await trail(submission.id, learner.id);
    expect(after.status).toBe("CHANGES_REQUESTED");
    expect(after.approvedAt).toBeNull();
    expect(after.reviews[0]).toMatchObject({
      decision: "CHANGES_REQUESTED",
      summary: "Add a README with the run commands.",
    });
    expect(after.statusChanges.at(-1)).toMatchObject({ fromStatus: "SUBMITTED", toStatus: "CHANGES_REQUESTED" });
    expect(after.audits[0]).toMatchObject({
      action: "review.changes-requested",
      before: { status: "SUBMITTED" },
      after: { status: "CHANGES_REQUESTED", comment: "Add a README with the run commands." },
    });
    expect(after.notifications[0]).toMatchObject({
      kind: "review.changes-requested",
      body: "Add a README with the run commands.",
    });
  });

  it.each([
    ["missing", undefined],
    ["empty", ""],
    ["blank", "   \n  "],
  ])("refuses a change request whose comment is %s, on the field, and saves nothing", async (_label, comment) => {
    const { learner, mentor, submission } = await scenario();
    const before = await trail(submission.id, learner.id);
    signInAs(mentor);
    const result = await actions.requestChangesAction({
      submissionId: submission.id,
      scores: fullScores(submission.deliverableId),
      version: 1,
      comment,
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { comment: ["Say what needs to change"] } });
    expect(await trail(submission.id, learner.id)).toEqual(before);
    expect(before.status).toBe("SUBMITTED");
  });

  it("refuses an over-long comment with its message", async () => {
    const { mentor, submission } = await scenario();
    signInAs(mentor);
    const result = await actions.approveSubmissionAction({
      submissionId: submission.id,
      scores: fullScores(submission.deliverableId),
      version: 1,
      comment: "x".repeat(5001),
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { comment: ["Use at most 5000 characters."] } });
  });

  it("lets only the assigned mentor or an admin decide; the learner never decides their own work", async () => {
    const { learner, submission } = await scenario();
    const otherMentor = await createTestUser("MENTOR");
    const denied = new AuthorizationError().message;
    for (const caller of [learner, otherMentor]) {
      signInAs(caller);
      await expect(
        actions.approveSubmissionAction({
          submissionId: submission.id,
          scores: fullScores(submission.deliverableId),
          version: 1,
        }),
      ).resolves.toEqual({
        ok: false,
        message: denied,
      });
      await expect(
        actions.requestChangesAction({
          submissionId: submission.id,
          scores: fullScores(submission.deliverableId),
          version: 1,
          comment: "No.",
        }),
      ).resolves.toEqual({
        ok: false,
        message: denied,
      });
    }
    signInAs(await createTestUser("ADMIN"));
    await expect(
      actions.approveSubmissionAction({
        submissionId: submission.id,
        scores: fullScores(submission.deliverableId),
        version: 1,
      }),
    ).resolves.toMatchObject({
      ok: true,
    });
  });

  it("refuses a second decision on the same version and overwrites nothing", async () => {
    const { learner, mentor, submission } = await scenario();
    signInAs(mentor);
    await actions.requestChangesAction({
      submissionId: submission.id,
      scores: fullScores(submission.deliverableId),
      version: 1,
      comment: "Tests are missing.",
    });
    const before = await trail(submission.id, learner.id);
    signInAs(await createTestUser("ADMIN"));
    await expect(
      actions.approveSubmissionAction({
        submissionId: submission.id,
        scores: fullScores(submission.deliverableId),
        version: 1,
      }),
    ).resolves.toEqual({
      ok: false,
      message: ALREADY_REVIEWED_MESSAGE,
    });
    expect(await trail(submission.id, learner.id)).toEqual(before);
  });

  it("two reviewers deciding the same version at once: exactly one review, the other is told it was already reviewed", async () => {
    const { learner, mentor, submission } = await scenario();
    const secondMentor = await createTestUser("MENTOR");
    await assignMentor(secondMentor.id, learner.id);
    const admin = await createTestUser("ADMIN");
    // Each call reads its caller synchronously when it starts, so the calls can be interleaved.
    const calls: Array<Promise<{ ok: boolean; message?: string }>> = [];
    for (const [caller, decide] of [
      [
        mentor,
        () =>
          actions.approveSubmissionAction({
            submissionId: submission.id,
            scores: fullScores(submission.deliverableId),
            version: 1,
          }),
      ],
      [
        admin,
        () =>
          actions.requestChangesAction({
            submissionId: submission.id,
            scores: fullScores(submission.deliverableId),
            version: 1,
            comment: "Needs tests.",
          }),
      ],
      [
        secondMentor,
        () =>
          actions.approveSubmissionAction({
            submissionId: submission.id,
            scores: fullScores(submission.deliverableId),
            version: 1,
            comment: "Fine.",
          }),
      ],
      [
        admin,
        () =>
          actions.approveSubmissionAction({
            submissionId: submission.id,
            scores: fullScores(submission.deliverableId),
            version: 1,
          }),
      ],
    ] as const) {
      signInAs(caller);
      calls.push(decide());
    }
    const results = await Promise.all(calls);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => r.message)).toEqual(Array(3).fill(ALREADY_REVIEWED_MESSAGE));

    const after = await trail(submission.id, learner.id);
    expect(after.reviews).toHaveLength(1);
    expect(after.status).toBe(after.reviews[0]!.decision);
    expect(after.statusChanges).toHaveLength(2); // the submit, then the one decision
    expect(after.audits).toHaveLength(1);
    expect(after.notifications).toHaveLength(1);
  });

  it("refuses to decide on a version that is no longer the current one", async () => {
    const { mentor, submission } = await scenario({ version: 2 });
    signInAs(mentor);
    await expect(
      actions.approveSubmissionAction({
        submissionId: submission.id,
        scores: fullScores(submission.deliverableId),
        version: 1,
      }),
    ).resolves.toEqual({
      ok: false,
      message: "A newer version was submitted since you opened this page. Reload to review it.",
    });
    await expect(
      actions.approveSubmissionAction({
        submissionId: submission.id,
        scores: fullScores(submission.deliverableId),
        version: 3,
      }),
    ).resolves.toEqual({
      ok: false,
      message: "That version was not submitted. Reload the page.",
    });
    await expect(
      actions.approveSubmissionAction({
        submissionId: submission.id,
        scores: fullScores(submission.deliverableId),
        version: 2,
      }),
    ).resolves.toMatchObject({
      ok: true,
    });
  });

  it("says so when the submission doesn't exist", async () => {
    signInAs(await createTestUser("ADMIN"));
    await expect(actions.approveSubmissionAction({ submissionId: "no-such-submission", version: 1 })).resolves.toEqual({
      ok: false,
      message: "That submission no longer exists. Reload the page.",
    });
  });
});

describe("approving portfolio projects", () => {
  // The one-click "Approve project" is gone: a project is approved as a review of its submission.
  it("approves a submitted project through its review: audited, the learner notified, and only once", async () => {
    const learner = await createTestUser("LEARNER");
    const mentor = await createTestUser("MENTOR");
    await assignMentor(mentor.id, learner.id);
    const project = await createSubmittedProject(learner.id);
    signInAs(mentor);
    // A project is scored on its guide's project criteria (lib/rubrics#rubricFor with no deliverable).
    const decision = { submissionId: project.submissionId, version: 1, scores: fullScores(null) };
    await expect(actions.approveSubmissionAction(decision)).resolves.toMatchObject({ ok: true });
    expect(await testDb().projectProgress.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({
      status: "APPROVED",
      approvedAt: expect.any(Date),
    });
    expect(
      await testDb().auditLog.findMany({ where: { entityType: "Submission", entityId: project.submissionId } }),
    ).toEqual([
      expect.objectContaining({
        action: "review.approved",
        actorId: mentor.id,
        before: { status: "SUBMITTED", version: 1, approvedAt: null },
      }),
    ]);
    expect(await testDb().notification.findMany({ where: { userId: learner.id } })).toEqual([
      expect.objectContaining({
        kind: "review.approved",
        title: `“${project.title}” was approved`,
        href: `/projects/${project.id}`,
      }),
    ]);
    await expect(actions.approveSubmissionAction(decision)).resolves.toEqual({
      ok: false,
      message: ALREADY_REVIEWED_MESSAGE,
    });
    expect(await testDb().auditLog.count({ where: { entityId: project.submissionId } })).toBe(1);
  });

  it("refuses learners and other mentors, and changes nothing", async () => {
    const learner = await createTestUser("LEARNER");
    const project = await createSubmittedProject(learner.id);
    for (const caller of [learner, await createTestUser("MENTOR")]) {
      signInAs(caller);
      await expect(
        actions.approveSubmissionAction({ submissionId: project.submissionId, version: 1 }),
      ).resolves.toEqual({
        ok: false,
        message: new AuthorizationError().message,
      });
    }
    expect(await testDb().projectProgress.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({
      status: "SUBMITTED",
      approvedAt: null,
    });
  });
});
