import { randomUUID } from "node:crypto";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

const { saveSubmissionDraftAction, submitDeliverableAction } = await import("@/lib/deliverables/actions");
const { DELIVERABLE_ARCHIVED_MESSAGE, DELIVERABLE_NOT_FOUND_MESSAGE } = await import("@/lib/deliverables/mutations");
const { getDeliverableForLearner } = await import("@/lib/deliverables/queries");
const { ALREADY_SUBMITTED_MESSAGE, APPROVED_FINAL_MESSAGE, SUBMITTED_LOCKED_MESSAGE } =
  await import("@/lib/deliverables/rules");
const { DESCRIPTION_REQUIRED_MESSAGE, DESCRIPTION_TOO_LONG_MESSAGE } = await import("@/lib/deliverables/schema");
const { URL_ERROR } = await import("@/lib/validation/fields");
const { getPhaseForLearner } = await import("@/lib/phases/queries");
const { SubmissionHistory } = await import("@/components/deliverables/submission-history");
const { learnerGuide } = await import("@/lib/guides/enrollment");
const { createTestUser, seededGuide, testDb } = await import("../support/db");

const guide = await seededGuide();
const phase1 = guide.phases[0]!;
const deliverable = await testDb().deliverable.findFirstOrThrow({
  where: { phaseId: phase1.id, archivedAt: null },
  orderBy: { position: "asc" },
});
const INVALID = "Please check the highlighted fields.";
const work = (overrides: Record<string, unknown> = {}) => ({
  deliverableId: deliverable.id,
  repoUrl: "https://github.com/ada/dockerized-model",
  demoUrl: "",
  docUrl: "",
  description: "## What I built\n\nA **Dockerized** model behind `/predict`.",
  ...overrides,
});

/** A signed-in learner, enrolled as sign-up does. */
async function learner() {
  const user = await createTestUser("LEARNER");
  await learnerGuide(user.id);
  signInAs(user);
  return user;
}

const submissionOf = (learnerId: string, deliverableId = deliverable.id) =>
  testDb().submission.findUnique({
    where: { learnerId_deliverableId: { learnerId, deliverableId } },
    include: { versions: { orderBy: { number: "asc" } }, statusChanges: { orderBy: { createdAt: "asc" } } },
  });
const transitions = async (learnerId: string) =>
  ((await submissionOf(learnerId))?.statusChanges ?? []).map((c) => `${c.fromStatus ?? "none"}→${c.toStatus}`);

/** What the reviewer side (a later issue) does, written directly: decide the current version. */
async function review(learnerId: string, decision: "APPROVED" | "CHANGES_REQUESTED", comment?: string) {
  const reviewer = await createTestUser("ADMIN", { name: "Rita Reviewer" });
  const submission = (await submissionOf(learnerId))!;
  const version = submission.versions.find((v) => v.number === submission.currentVersion)!;
  await testDb().$transaction([
    testDb().review.create({
      data: { versionId: version.id, reviewerId: reviewer.id, decision, summary: "See comments." },
    }),
    testDb().submission.update({
      where: { id: submission.id },
      data: { status: decision, approvedAt: decision === "APPROVED" ? new Date() : null },
    }),
    testDb().submissionStatusChange.create({
      data: { submissionId: submission.id, actorId: reviewer.id, fromStatus: "SUBMITTED", toStatus: decision },
    }),
    ...(comment
      ? [
          testDb().reviewComment.create({
            data: { versionId: version.id, authorId: reviewer.id, body: comment, tag: "BLOCKING" },
          }),
        ]
      : []),
  ]);
}

beforeEach(() => {
  signInAs(null);
});

describe("drafts and submitting", () => {
  it("saves a draft (version 1), edits it, then submits it, recording each status change", async () => {
    const me = await learner();
    await expect(saveSubmissionDraftAction(work({ demoUrl: "  " }))).resolves.toEqual({
      ok: true,
      data: { version: 1 },
      message: "Draft of version 1 saved.",
    });
    await expect(
      saveSubmissionDraftAction(work({ description: "Edited draft", docUrl: "https://docs.example.com/report" })),
    ).resolves.toMatchObject({ ok: true });
    let submission = await submissionOf(me.id);
    expect(submission).toMatchObject({ status: "DRAFT", currentVersion: 1, submittedAt: null });
    expect(submission?.versions).toHaveLength(1);
    expect(submission?.versions[0]).toMatchObject({
      number: 1,
      description: "Edited draft",
      demoUrl: null,
      docUrl: "https://docs.example.com/report",
      submittedAt: null,
    });

    await expect(submitDeliverableAction(work())).resolves.toEqual({
      ok: true,
      data: { version: 1 },
      message: "Version 1 submitted for review.",
    });
    submission = await submissionOf(me.id);
    expect(submission).toMatchObject({ status: "SUBMITTED", currentVersion: 1, submittedAt: expect.any(Date) });
    expect(submission?.versions).toHaveLength(1);
    expect(submission?.versions[0]).toMatchObject({
      description: work().description,
      docUrl: null,
      submittedAt: expect.any(Date),
    });
    expect(await transitions(me.id)).toEqual(["none→DRAFT", "DRAFT→SUBMITTED"]);
    expect(submission?.statusChanges.every((c) => c.actorId === me.id)).toBe(true);
  });

  it("submits straight away without a draft, from a form", async () => {
    const me = await learner();
    const form = new FormData();
    for (const [key, value] of Object.entries(work())) form.set(key, String(value));
    form.set("intent", "submit");
    await expect(submitDeliverableAction(null, form)).resolves.toMatchObject({ ok: true, data: { version: 1 } });
    expect(await transitions(me.id)).toEqual(["none→SUBMITTED"]);
  });

  it("lets a learner without a mentor submit: it simply waits for any reviewer", async () => {
    const me = await learner();
    expect(await testDb().mentorAssignment.count({ where: { learnerId: me.id } })).toBe(0);
    await expect(submitDeliverableAction(work())).resolves.toMatchObject({ ok: true });
    expect((await submissionOf(me.id))?.status).toBe("SUBMITTED");
  });

  it.each([
    ["a javascript: repository link", { repoUrl: "javascript:alert(1)" }, { repoUrl: [URL_ERROR] }],
    ["an ftp demo link", { demoUrl: "ftp://files.example.com/demo" }, { demoUrl: [URL_ERROR] }],
    ["a document link that is not a URL", { docUrl: "my report" }, { docUrl: [URL_ERROR] }],
    [
      "an overlong link",
      { repoUrl: `https://github.com/${"a".repeat(2000)}` },
      { repoUrl: ["Use at most 2,000 characters."] },
    ],
    ["an empty description", { description: "   " }, { description: [DESCRIPTION_REQUIRED_MESSAGE] }],
    [
      "a description over 20,000 characters",
      { description: "x".repeat(20_001) },
      { description: [DESCRIPTION_TOO_LONG_MESSAGE] },
    ],
    ["no deliverable", { deliverableId: undefined }, { deliverableId: ["Choose a deliverable."] }],
  ])("refuses %s with a message at the field and saves nothing", async (_case, overrides, fieldErrors) => {
    const me = await learner();
    for (const act of [saveSubmissionDraftAction, submitDeliverableAction]) {
      await expect(act(work(overrides))).resolves.toEqual({ ok: false, message: INVALID, fieldErrors });
    }
    expect(await testDb().submission.count({ where: { learnerId: me.id } })).toBe(0);
  });

  it("accepts a description of exactly 20,000 characters", async () => {
    await learner();
    await expect(saveSubmissionDraftAction(work({ description: "y".repeat(20_000) }))).resolves.toMatchObject({
      ok: true,
    });
  });

  it("never edits a submitted version: drafts and second submits are refused, version 1 unchanged", async () => {
    const me = await learner();
    await submitDeliverableAction(work());
    const before = await submissionOf(me.id);
    await expect(saveSubmissionDraftAction(work({ description: "sneaky edit" }))).resolves.toEqual({
      ok: false,
      message: SUBMITTED_LOCKED_MESSAGE,
    });
    await expect(submitDeliverableAction(work({ description: "sneaky edit" }))).resolves.toEqual({
      ok: false,
      message: ALREADY_SUBMITTED_MESSAGE,
    });
    expect(await submissionOf(me.id)).toEqual(before);
  });

  it("refuses guests and non-learners", async () => {
    await expect(submitDeliverableAction(work())).resolves.toEqual({
      ok: false,
      message: "Please sign in to continue.",
    });
    for (const role of ["MENTOR", "ADMIN"] as const) {
      const user = await createTestUser(role);
      signInAs(user);
      await expect(saveSubmissionDraftAction(work())).resolves.toEqual({
        ok: false,
        message: "You don't have access to this.",
      });
      expect(await testDb().submission.count({ where: { learnerId: user.id } })).toBe(0);
    }
  });
});

describe("review rounds", () => {
  it("resubmitting after changes were requested creates version 2 and keeps version 1 as it was", async () => {
    const me = await learner();
    await submitDeliverableAction(work());
    await review(me.id, "CHANGES_REQUESTED", "Add a sample request to the README.");
    const v1 = (await submissionOf(me.id))!.versions[0];

    await expect(saveSubmissionDraftAction(work({ description: "v2 draft" }))).resolves.toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    await expect(saveSubmissionDraftAction(work({ description: "v2 draft, edited" }))).resolves.toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    let submission = await submissionOf(me.id);
    expect(submission).toMatchObject({ status: "CHANGES_REQUESTED", currentVersion: 1 });
    expect(submission?.versions.map((v) => [v.number, v.description, Boolean(v.submittedAt)])).toEqual([
      [1, work().description, true],
      [2, "v2 draft, edited", false],
    ]);

    await expect(submitDeliverableAction(work({ description: "v2 final" }))).resolves.toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    submission = await submissionOf(me.id);
    expect(submission).toMatchObject({ status: "SUBMITTED", currentVersion: 2 });
    expect(submission?.versions[0]).toEqual(v1);
    expect(submission?.versions[1]).toMatchObject({
      number: 2,
      description: "v2 final",
      submittedAt: expect.any(Date),
    });
    expect(await transitions(me.id)).toEqual([
      "none→SUBMITTED",
      "SUBMITTED→CHANGES_REQUESTED",
      "CHANGES_REQUESTED→SUBMITTED",
    ]);

    // The page shows the whole history, newest first, with the review and its comment.
    const page = await getDeliverableForLearner(me.id, deliverable.id);
    expect(page?.state).toEqual({ status: "SUBMITTED", currentVersion: 2, draftVersion: null });
    expect(page?.submission?.versions.map((v) => v.number)).toEqual([2, 1]);
    expect(page?.submission?.versions[1]?.review).toMatchObject({
      decision: "CHANGES_REQUESTED",
      reviewer: { name: "Rita Reviewer" },
    });
    expect(page?.submission?.versions[1]?.comments).toEqual([
      expect.objectContaining({ body: "Add a sample request to the README.", tag: "BLOCKING", resolvedAt: null }),
    ]);
  });

  it("resubmits without a draft, starting the form from the reviewed version", async () => {
    const me = await learner();
    await submitDeliverableAction(work({ demoUrl: "https://demo.example.com" }));
    await review(me.id, "CHANGES_REQUESTED");
    expect((await getDeliverableForLearner(me.id, deliverable.id))?.formDefaults).toEqual({
      repoUrl: work().repoUrl,
      demoUrl: "https://demo.example.com",
      docUrl: "",
      description: work().description,
    });
    await expect(submitDeliverableAction(work({ description: "straight to v2" }))).resolves.toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    expect((await submissionOf(me.id))?.versions.map((v) => v.number)).toEqual([1, 2]);
  });

  it("treats approval as final", async () => {
    const me = await learner();
    await submitDeliverableAction(work());
    await review(me.id, "APPROVED");
    const before = await submissionOf(me.id);
    await expect(saveSubmissionDraftAction(work())).resolves.toEqual({ ok: false, message: APPROVED_FINAL_MESSAGE });
    await expect(submitDeliverableAction(work())).resolves.toEqual({ ok: false, message: APPROVED_FINAL_MESSAGE });
    expect(await submissionOf(me.id)).toEqual(before);
    const phase = await getPhaseForLearner(me.id, phase1.key);
    expect(phase?.deliverables.find((d) => d.id === deliverable.id)?.status).toBe("APPROVED");
  });
});

describe("double submits", () => {
  const burst = () =>
    Promise.all(Array.from({ length: 6 }, (_, i) => submitDeliverableAction(work({ description: `click ${i}` }))));
  const expectOneWinner = (results: Awaited<ReturnType<typeof burst>>) => {
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok)) expect(r).toEqual({ ok: false, message: ALREADY_SUBMITTED_MESSAGE });
  };

  it("create one submission with one version when nothing existed", async () => {
    const me = await learner();
    expectOneWinner(await burst());
    const submission = await submissionOf(me.id);
    expect(submission?.versions).toHaveLength(1);
    expect(await transitions(me.id)).toEqual(["none→SUBMITTED"]);
  });

  it("submit a draft once", async () => {
    const me = await learner();
    await saveSubmissionDraftAction(work());
    expectOneWinner(await burst());
    expect((await submissionOf(me.id))?.versions).toHaveLength(1);
    expect(await transitions(me.id)).toEqual(["none→DRAFT", "DRAFT→SUBMITTED"]);
  });

  it("create exactly one version 2 after changes were requested", async () => {
    const me = await learner();
    await submitDeliverableAction(work());
    await review(me.id, "CHANGES_REQUESTED");
    expectOneWinner(await burst());
    const submission = await submissionOf(me.id);
    expect(submission?.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(submission).toMatchObject({ status: "SUBMITTED", currentVersion: 2 });
    expect(await transitions(me.id)).toEqual([
      "none→SUBMITTED",
      "SUBMITTED→CHANGES_REQUESTED",
      "CHANGES_REQUESTED→SUBMITTED",
    ]);
  });
});

describe("another learner's work", () => {
  it("is never reached: ids that are not the learner's deliverable are not found, and nothing changes", async () => {
    const owner = await learner();
    await submitDeliverableAction(work());
    const owners = await submissionOf(owner.id);
    const intruder = await learner();
    for (const id of [owners!.id, owners!.versions[0]!.id, "no-such-deliverable"]) {
      await expect(saveSubmissionDraftAction(work({ deliverableId: id }))).resolves.toEqual({
        ok: false,
        message: DELIVERABLE_NOT_FOUND_MESSAGE,
      });
      await expect(submitDeliverableAction(work({ deliverableId: id }))).resolves.toEqual({
        ok: false,
        message: DELIVERABLE_NOT_FOUND_MESSAGE,
      });
    }
    // Working on the same deliverable starts the intruder's own submission.
    await saveSubmissionDraftAction(work({ description: "mine" }));
    expect(await submissionOf(owner.id)).toEqual(owners);
    expect(
      (await getDeliverableForLearner(intruder.id, deliverable.id))?.submission?.versions.map((v) => v.description),
    ).toEqual(["mine"]);
  });
});

describe("archived deliverables", () => {
  const key = `test-archived-${randomUUID()}`;
  afterAll(async () => {
    await testDb().submission.deleteMany({ where: { deliverable: { key } } });
    await testDb().deliverable.deleteMany({ where: { key } });
  });

  it("take no new work but stay in the history of a learner who submitted", async () => {
    const archived = await testDb().deliverable.create({
      data: { phaseId: phase1.id, key, position: 99, title: "Retired deliverable", description: "Gone soon." },
    });
    const submitter = await learner();
    await submitDeliverableAction(work({ deliverableId: archived.id }));
    await testDb().deliverable.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

    await expect(submitDeliverableAction(work({ deliverableId: archived.id }))).resolves.toEqual({
      ok: false,
      message: DELIVERABLE_ARCHIVED_MESSAGE,
    });
    const page = await getDeliverableForLearner(submitter.id, archived.id);
    expect(page).toMatchObject({ archived: true, state: { status: "SUBMITTED" } });
    expect(
      (await getPhaseForLearner(submitter.id, phase1.key))?.deliverables.find((d) => d.id === archived.id),
    ).toMatchObject({ archived: true });

    const newcomer = await learner();
    await expect(getDeliverableForLearner(newcomer.id, archived.id)).resolves.toBeNull();
    expect((await getPhaseForLearner(newcomer.id, phase1.key))?.deliverables.map((d) => d.id)).not.toContain(
      archived.id,
    );
    await expect(saveSubmissionDraftAction(work({ deliverableId: archived.id }))).resolves.toEqual({
      ok: false,
      message: DELIVERABLE_ARCHIVED_MESSAGE,
    });
    expect(await testDb().submission.count({ where: { learnerId: newcomer.id } })).toBe(0);
  });
});

describe("the history as rendered", () => {
  it("neutralises script tags and javascript: links in stored descriptions and comments", async () => {
    const me = await learner();
    await submitDeliverableAction(
      work({ description: "Hello <script>alert(1)</script> [x](javascript:alert(1)) [ok](https://example.com)" }),
    );
    await review(me.id, "CHANGES_REQUESTED", "<img src=x onerror=alert(1)> [y](javascript:alert(2))");
    const page = (await getDeliverableForLearner(me.id, deliverable.id))!;
    const html = renderToStaticMarkup(
      createElement(SubmissionHistory, { submission: page.submission!, learnerId: me.id, timeZone: "UTC" }),
    );
    // No element or attribute came from the learner's HTML: it is all visible, escaped text.
    expect(html).not.toMatch(/<(script|img)\b|href="javascript/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain('<a href="https://example.com" target="_blank" rel="noopener noreferrer nofollow"');
    for (const text of ["Changes requested", "Blocking", "Open"]) expect(html).toContain(text);
  });
});
