import { describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

const actions = await import("@/lib/reviews/actions");
const { getSubmissionReview } = await import("@/lib/reviews/queries");
const { AuthorizationError } = await import("@/lib/auth/errors");
const { asCurrentUser } = await import("../support/auth");
const { createTestUser, testDb } = await import("../support/db");
const { createComment, reviewScenario: scenario } = await import("../support/reviews");

describe("the conversation", () => {
  it("a reviewer's tagged comment notifies the learner; the learner's reply notifies the mentor", async () => {
    const { learner, mentor, submission } = await scenario();
    const versionId = submission.versions[0]!.id;
    signInAs(mentor);
    await expect(
      actions.addReviewCommentAction({ versionId, body: "The Dockerfile runs as root.", tag: "BLOCKING" }),
    ).resolves.toMatchObject({ ok: true });
    signInAs(learner);
    await expect(
      actions.addReviewCommentAction({ versionId, body: "Fixed in the next version." }),
    ).resolves.toMatchObject({ ok: true });

    const comments = await testDb().reviewComment.findMany({ where: { versionId }, orderBy: { createdAt: "asc" } });
    expect(comments.map((c) => [c.authorId, c.tag, c.body])).toEqual([
      [mentor.id, "BLOCKING", "The Dockerfile runs as root."],
      [learner.id, "NOTE", "Fixed in the next version."],
    ]);
    const toLearner = await testDb().notification.findMany({ where: { userId: learner.id } });
    expect(toLearner).toEqual([
      expect.objectContaining({
        kind: "review.comment",
        title: expect.stringContaining("Milo Mentor commented"),
        body: "The Dockerfile runs as root.",
      }),
    ]);
    const toMentor = await testDb().notification.findMany({ where: { userId: mentor.id } });
    expect(toMentor).toEqual([
      expect.objectContaining({
        kind: "review.comment",
        href: `/mentor/reviews/${submission.id}`,
        body: "Fixed in the next version.",
      }),
    ]);
  });

  it("refuses an empty comment and an unknown tag with their messages, saving nothing", async () => {
    const { mentor, submission } = await scenario();
    const versionId = submission.versions[0]!.id;
    signInAs(mentor);
    await expect(actions.addReviewCommentAction({ versionId, body: "  " })).resolves.toMatchObject({
      ok: false,
      fieldErrors: { body: ["Write a comment."] },
    });
    await expect(actions.addReviewCommentAction({ versionId, body: "Hm.", tag: "RANT" })).resolves.toMatchObject({
      ok: false,
      fieldErrors: { tag: ["Choose a tag from the list."] },
    });
    expect(await testDb().reviewComment.count({ where: { versionId } })).toBe(0);
  });

  it("keeps other mentors and learners out of the conversation", async () => {
    const { learner, submission } = await scenario();
    const versionId = submission.versions[0]!.id;
    const comment = await createComment(versionId, learner.id);
    for (const outsider of [await createTestUser("MENTOR"), await createTestUser("LEARNER")]) {
      signInAs(outsider);
      await expect(actions.addReviewCommentAction({ versionId, body: "Hello" })).resolves.toEqual({
        ok: false,
        message: new AuthorizationError().message,
      });
      await expect(actions.setCommentResolvedAction({ commentId: comment.id, resolved: true })).resolves.toEqual({
        ok: false,
        message: new AuthorizationError().message,
      });
    }
    expect(await testDb().reviewComment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({
      resolvedAt: null,
    });
  });

  it("the learner resolves a comment, the mentor reopens it", async () => {
    const { learner, mentor, submission } = await scenario();
    const comment = await createComment(submission.versions[0]!.id, mentor.id, "Pin the base image.");
    signInAs(learner);
    await expect(actions.setCommentResolvedAction({ commentId: comment.id, resolved: "true" })).resolves.toMatchObject({
      ok: true,
    });
    expect(await testDb().reviewComment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({
      resolvedById: learner.id,
      resolvedAt: expect.any(Date),
    });
    signInAs(mentor);
    await expect(actions.setCommentResolvedAction({ commentId: comment.id, resolved: false })).resolves.toMatchObject({
      ok: true,
    });
    expect(await testDb().reviewComment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({
      resolvedById: null,
      resolvedAt: null,
    });
  });

  it("shows the review page's data only to the learner, their mentor and admins", async () => {
    const { learner, mentor, submission } = await scenario();
    await createComment(submission.versions[0]!.id, mentor.id, "Nice.");
    for (const viewer of [learner, mentor, await createTestUser("ADMIN")]) {
      const review = await getSubmissionReview(asCurrentUser(viewer), submission.id);
      expect(review?.versions[0]?.comments.map((c) => c.body)).toEqual(["Nice."]);
    }
    expect(await getSubmissionReview(asCurrentUser(await createTestUser("MENTOR")), submission.id)).toBeNull();
    expect(await getSubmissionReview(asCurrentUser(await createTestUser("LEARNER")), submission.id)).toBeNull();
  });
});
