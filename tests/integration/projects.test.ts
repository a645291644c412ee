import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

const { dropProjectAction, pickProjectAction, submitProjectAction, updateProjectProgressAction } =
  await import("@/lib/projects/actions");
const { PROGRESS_NOT_FOUND_MESSAGE, PROJECT_ARCHIVED_MESSAGE, PROJECT_NOT_FOUND_MESSAGE } =
  await import("@/lib/projects/mutations");
const { getPortfolioForLearner } = await import("@/lib/projects/queries");
const { ONLY_REVIEWERS_APPROVE_MESSAGE, PROJECT_APPROVED_FINAL_MESSAGE, PROJECT_IN_REVIEW_MESSAGE } =
  await import("@/lib/projects/rules");
const { REPO_REQUIRED_MESSAGE, STATUS_CHOICE_MESSAGE, SUBMIT_THROUGH_REVIEW_MESSAGE } =
  await import("@/lib/projects/schema");
const { URL_ERROR } = await import("@/lib/validation/fields");
const { learnerGuide } = await import("@/lib/guides/enrollment");
const { createTestUser, seededGuide, testDb } = await import("../support/db");

const guide = await seededGuide();
const projects = await testDb().portfolioProject.findMany({
  where: { guideId: guide.id, archivedAt: null },
  orderBy: { position: "asc" },
});
const project = projects[0]!;
const INVALID = "Please check the highlighted fields.";
const REPO = "https://github.com/ada/image-pipeline";

/** A signed-in learner, enrolled as sign-up does. */
async function learner() {
  const user = await createTestUser("LEARNER");
  await learnerGuide(user.id);
  signInAs(user);
  return user;
}
const rowsOf = (learnerId: string) =>
  testDb().projectProgress.findMany({
    where: { learnerId },
    select: { id: true, projectId: true, status: true, repoUrl: true, approvedAt: true },
  });

async function pick(projectId = project.id) {
  const result = await pickProjectAction({ projectId });
  if (!result.ok || !result.data) throw new Error(`pick failed: ${JSON.stringify(result)}`);
  return result.data.progressId;
}

beforeEach(() => {
  signInAs(null);
});

describe("picking a project", () => {
  it("adds it as planned, once however often it is picked (also at the same moment)", async () => {
    const me = await learner();
    await expect(pickProjectAction({ projectId: project.id })).resolves.toMatchObject({
      ok: true,
      message: "Added to your projects as planned.",
    });
    await Promise.all([pick(), pick(), pick()]);
    expect(await rowsOf(me.id)).toEqual([
      { id: expect.any(String), projectId: project.id, status: "PLANNED", repoUrl: null, approvedAt: null },
    ]);
    const view = await getPortfolioForLearner(me.id);
    expect(view.map((p) => p.title)).toEqual(projects.map((p) => p.title));
    expect(view[0]).toMatchObject({
      progress: { status: "PLANNED" },
      suggestedStack: project.suggestedStack,
      recruiterSignals: project.recruiterSignals,
    });
    expect(view.slice(1).every((p) => p.progress === null)).toBe(true);
  });

  it("refuses an unknown project and a missing id, saving nothing", async () => {
    const me = await learner();
    await expect(pickProjectAction({ projectId: "no-such-project" })).resolves.toEqual({
      ok: false,
      message: PROJECT_NOT_FOUND_MESSAGE,
    });
    await expect(pickProjectAction({ projectId: " " })).resolves.toEqual({
      ok: false,
      message: INVALID,
      fieldErrors: { projectId: ["Choose a project."] },
    });
    expect(await rowsOf(me.id)).toEqual([]);
  });
});

describe("tracking a project", () => {
  // Changed with project reviews: "submitted" is no longer a status the learner picks; submitting
  // for review makes it so (and a project in review can't be changed until a reviewer responds).
  it("moves planned → in progress, then submits for review with a repository link", async () => {
    const me = await learner();
    const progressId = await pick();
    await expect(updateProjectProgressAction({ progressId, status: "IN_PROGRESS", repoUrl: "" })).resolves.toEqual({
      ok: true,
      data: { status: "IN_PROGRESS", repoUrl: null },
      message: "Saved: in progress.",
    });
    await expect(submitProjectAction({ progressId })).resolves.toEqual({
      ok: false,
      message: REPO_REQUIRED_MESSAGE,
      fieldErrors: { repoUrl: [REPO_REQUIRED_MESSAGE] },
    });
    await expect(
      updateProjectProgressAction({
        progressId,
        status: "IN_PROGRESS",
        repoUrl: ` ${REPO} `,
        description: "Built it.",
      }),
    ).resolves.toMatchObject({ ok: true });
    await expect(submitProjectAction({ progressId })).resolves.toEqual({
      ok: true,
      data: { version: 1 },
      message: "Version 1 submitted for review.",
    });
    expect(await rowsOf(me.id)).toEqual([
      { id: progressId, projectId: project.id, status: "SUBMITTED", repoUrl: REPO, approvedAt: null },
    ]);
    await expect(updateProjectProgressAction({ progressId, status: "IN_PROGRESS", repoUrl: REPO })).resolves.toEqual({
      ok: false,
      message: PROJECT_IN_REVIEW_MESSAGE,
    });
  });

  it.each([
    ["approval by the learner", { status: "APPROVED", repoUrl: REPO }, { status: [ONLY_REVIEWERS_APPROVE_MESSAGE] }],
    ["an unknown status", { status: "DONE", repoUrl: REPO }, { status: [STATUS_CHOICE_MESSAGE] }],
    [
      "marking it submitted by hand",
      { status: "SUBMITTED", repoUrl: REPO },
      { status: [SUBMIT_THROUGH_REVIEW_MESSAGE] },
    ],
    ["a non-http repository link", { status: "IN_PROGRESS", repoUrl: "javascript:alert(1)" }, { repoUrl: [URL_ERROR] }],
  ])("refuses %s with a message at the field and changes nothing", async (_case, input, fieldErrors) => {
    const me = await learner();
    const progressId = await pick();
    const before = await rowsOf(me.id);
    await expect(updateProjectProgressAction({ progressId, ...input })).resolves.toEqual({
      ok: false,
      message: INVALID,
      fieldErrors,
    });
    expect(await rowsOf(me.id)).toEqual(before);
  });

  it("leaves an approved project alone: it is a reviewer's decision and final", async () => {
    const me = await learner();
    const progressId = await pick();
    await testDb().projectProgress.update({
      where: { id: progressId },
      data: { status: "APPROVED", repoUrl: REPO, approvedAt: new Date() },
    });
    const before = await rowsOf(me.id);
    await expect(updateProjectProgressAction({ progressId, status: "IN_PROGRESS", repoUrl: REPO })).resolves.toEqual({
      ok: false,
      message: PROJECT_APPROVED_FINAL_MESSAGE,
    });
    await expect(dropProjectAction({ progressId })).resolves.toEqual({
      ok: false,
      message: PROJECT_APPROVED_FINAL_MESSAGE,
    });
    await expect(pickProjectAction({ projectId: project.id })).resolves.toMatchObject({ ok: true });
    expect(await rowsOf(me.id)).toEqual(before);
  });

  it("drops a project that isn't approved", async () => {
    const me = await learner();
    const progressId = await pick();
    await expect(dropProjectAction({ progressId })).resolves.toEqual({
      ok: true,
      message: "Removed from your projects.",
    });
    expect(await rowsOf(me.id)).toEqual([]);
  });

  it("says another learner's project is not found, and changes nothing", async () => {
    const owner = await learner();
    const progressId = await pick();
    const before = await rowsOf(owner.id);
    await learner();
    await expect(updateProjectProgressAction({ progressId, status: "IN_PROGRESS", repoUrl: REPO })).resolves.toEqual({
      ok: false,
      message: PROGRESS_NOT_FOUND_MESSAGE,
    });
    await expect(submitProjectAction({ progressId })).resolves.toEqual({
      ok: false,
      message: PROGRESS_NOT_FOUND_MESSAGE,
    });
    await expect(dropProjectAction({ progressId })).resolves.toEqual({
      ok: false,
      message: PROGRESS_NOT_FOUND_MESSAGE,
    });
    expect(await rowsOf(owner.id)).toEqual(before);
  });

  it("refuses guests and non-learners", async () => {
    await expect(pickProjectAction({ projectId: project.id })).resolves.toEqual({
      ok: false,
      message: "Please sign in to continue.",
    });
    const mentor = await createTestUser("MENTOR");
    signInAs(mentor);
    await expect(pickProjectAction({ projectId: project.id })).resolves.toEqual({
      ok: false,
      message: "You don't have access to this.",
    });
    expect(await rowsOf(mentor.id)).toEqual([]);
  });
});

describe("archived project ideas", () => {
  const key = `test-archived-${randomUUID()}`;
  afterAll(async () => {
    await testDb().projectProgress.deleteMany({ where: { project: { key } } });
    await testDb().portfolioProject.deleteMany({ where: { key } });
  });

  it("can't be picked any more but stay, marked, for a learner who picked one", async () => {
    const archived = await testDb().portfolioProject.create({
      data: {
        guideId: guide.id,
        key,
        position: 99,
        title: "Retired idea",
        difficulty: "BEGINNER",
        description: "Old.",
        suggestedStack: ["Make"],
        recruiterSignals: ["Nothing much"],
      },
    });
    const picker = await learner();
    const progressId = await pick(archived.id);
    await testDb().portfolioProject.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

    expect((await getPortfolioForLearner(picker.id)).find((p) => p.id === archived.id)).toMatchObject({
      archived: true,
      progress: { id: progressId },
    });
    // Work already under way can still be tracked.
    await expect(
      updateProjectProgressAction({ progressId, status: "IN_PROGRESS", repoUrl: "" }),
    ).resolves.toMatchObject({ ok: true });

    const newcomer = await learner();
    expect((await getPortfolioForLearner(newcomer.id)).map((p) => p.id)).not.toContain(archived.id);
    await expect(pickProjectAction({ projectId: archived.id })).resolves.toEqual({
      ok: false,
      message: PROJECT_ARCHIVED_MESSAGE,
    });
    expect(await rowsOf(newcomer.id)).toEqual([]);
  });
});
