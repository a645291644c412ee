import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

/**
 * A learner's own portfolio projects, and every project going through the deliverables' review
 * workflow: versions, request changes, resubmit, approve, and the approval counting as evidence.
 */
const projects = await import("@/lib/projects/actions");
const reviews = await import("@/lib/reviews/actions");
const { PROGRESS_NOT_FOUND_MESSAGE, SUB_SKILLS_UNKNOWN_MESSAGE } = await import("@/lib/projects/mutations");
const { PROJECT_IN_REVIEW_MESSAGE } = await import("@/lib/projects/rules");
const {
  DESCRIPTION_REQUIRED_FOR_REVIEW_MESSAGE,
  STACK_REQUIRED_MESSAGE,
  SUB_SKILLS_REQUIRED_MESSAGE,
  TITLE_REQUIRED_MESSAGE,
} = await import("@/lib/projects/schema");
const { ALREADY_SUBMITTED_MESSAGE } = await import("@/lib/deliverables/rules");
const { URL_ERROR } = await import("@/lib/validation/fields");
const { AuthorizationError } = await import("@/lib/auth/errors");
const { learnerGuide } = await import("@/lib/guides/enrollment");
const { getProjectForLearner } = await import("@/lib/projects/queries");
const { getReviewQueue, getSubmissionReview } = await import("@/lib/reviews/queries");
const { getLearnerProgress } = await import("@/lib/dashboard/queries");
const { evidencedSubSkillIds } = await import("@/lib/career/queries");
const { asCurrentUser, assignMentor } = await import("../support/auth");
const { createTestUser, seededGuide, testDb } = await import("../support/db");
// A project is scored on its guide's project criteria, like a deliverable on its own.
const { fullScores, loadSeededRubrics } = await import("../support/reviews");

const guide = await seededGuide();
const [skillA, skillB] = guide.subSkills;
const INVALID = "Please check the highlighted fields.";

async function learner() {
  const user = await createTestUser("LEARNER");
  await learnerGuide(user.id);
  signInAs(user);
  return user;
}

const valid = () => ({
  title: "Feature store on Postgres",
  description: "Offline and online features, with **tests**.",
  repoUrl: "https://github.com/ada/feature-store",
  demoUrl: "",
  stack: "Python\nPostgreSQL\n\n  Docker  ",
  subSkillIds: [skillA!.id],
});

async function addOwn(input: Record<string, unknown> = valid()) {
  const result = await projects.addOwnProjectAction(input);
  if (!result.ok || !result.data) throw new Error(`add failed: ${JSON.stringify(result)}`);
  return result.data.progressId;
}

const ownRow = (id: string) =>
  testDb().projectProgress.findUniqueOrThrow({
    where: { id },
    select: {
      learnerId: true,
      projectId: true,
      guideId: true,
      title: true,
      description: true,
      status: true,
      repoUrl: true,
      demoUrl: true,
      stack: true,
      approvedAt: true,
      subSkills: { select: { subSkillId: true }, orderBy: { subSkillId: "asc" } },
    },
  });

beforeAll(loadSeededRubrics);
beforeEach(() => {
  signInAs(null);
});

describe("adding and editing an own project", () => {
  it("adds it, planned, on the learner's guide, with its stack and sub-skills", async () => {
    const me = await learner();
    const id = await addOwn();
    expect(await ownRow(id)).toEqual({
      learnerId: me.id,
      projectId: null,
      guideId: guide.id,
      title: "Feature store on Postgres",
      description: "Offline and online features, with **tests**.",
      status: "PLANNED",
      repoUrl: "https://github.com/ada/feature-store",
      demoUrl: null,
      stack: ["Python", "PostgreSQL", "Docker"],
      approvedAt: null,
      subSkills: [{ subSkillId: skillA!.id }],
    });
  });

  it("refuses bad input with a message at each field, and saves nothing", async () => {
    const me = await learner();
    await expect(
      projects.addOwnProjectAction({
        title: "  ",
        description: "",
        repoUrl: "javascript:alert(1)",
        demoUrl: "ftp://example.com",
        stack: " \n ",
        subSkillIds: [],
      }),
    ).resolves.toEqual({
      ok: false,
      message: INVALID,
      fieldErrors: {
        title: [TITLE_REQUIRED_MESSAGE],
        repoUrl: [URL_ERROR],
        demoUrl: [URL_ERROR],
        stack: [STACK_REQUIRED_MESSAGE],
        subSkillIds: [SUB_SKILLS_REQUIRED_MESSAGE],
      },
    });
    // A sub-skill id that is not the guide's is refused at the field too.
    await expect(
      projects.addOwnProjectAction({ ...valid(), subSkillIds: ["cnosuchsubskill000000000"] }),
    ).resolves.toEqual({
      ok: false,
      message: SUB_SKILLS_UNKNOWN_MESSAGE,
      fieldErrors: { subSkillIds: [SUB_SKILLS_UNKNOWN_MESSAGE] },
    });
    expect(await testDb().projectProgress.count({ where: { learnerId: me.id } })).toBe(0);
  });

  it("edits it (sub-skills replaced by the ticked ones); bad input leaves it as it was", async () => {
    await learner();
    const id = await addOwn();
    await expect(
      projects.editOwnProjectAction({
        ...valid(),
        progressId: id,
        status: "IN_PROGRESS",
        title: "Feature store, v2",
        demoUrl: "https://features.example.com",
        stack: ["Python", "Kafka"],
        subSkillIds: [skillB!.id, skillA!.id],
      }),
    ).resolves.toEqual({ ok: true, data: { status: "IN_PROGRESS" }, message: "Saved: in progress." });
    const edited = await ownRow(id);
    expect(edited).toMatchObject({
      title: "Feature store, v2",
      status: "IN_PROGRESS",
      demoUrl: "https://features.example.com",
      stack: ["Python", "Kafka"],
    });
    expect(edited.subSkills.map((s) => s.subSkillId).sort()).toEqual([skillA!.id, skillB!.id].sort());

    await expect(
      projects.editOwnProjectAction({ ...valid(), progressId: id, status: "IN_PROGRESS", subSkillIds: ["cnope"] }),
    ).resolves.toMatchObject({ ok: false, fieldErrors: { subSkillIds: [SUB_SKILLS_UNKNOWN_MESSAGE] } });
    expect(await ownRow(id)).toEqual(edited);
  });

  it("is another learner's to nobody: editing, submitting, dropping and reading are 'not found'", async () => {
    await learner();
    const id = await addOwn();
    const before = await ownRow(id);
    const other = await learner();
    const input = { ...valid(), progressId: id, status: "IN_PROGRESS" };
    await expect(projects.editOwnProjectAction(input)).resolves.toEqual({
      ok: false,
      message: PROGRESS_NOT_FOUND_MESSAGE,
    });
    await expect(projects.submitProjectAction({ progressId: id })).resolves.toEqual({
      ok: false,
      message: PROGRESS_NOT_FOUND_MESSAGE,
    });
    await expect(projects.dropProjectAction({ progressId: id })).resolves.toEqual({
      ok: false,
      message: PROGRESS_NOT_FOUND_MESSAGE,
    });
    expect(await getProjectForLearner(other.id, id)).toBeNull();
    expect(await ownRow(id)).toEqual(before);
  });
});

describe("reviewing a project like a deliverable", () => {
  it("submit → request changes → resubmit → approve, and then it counts as evidence", async () => {
    const me = await learner();
    const mentor = await createTestUser("MENTOR");
    await assignMentor(mentor.id, me.id);
    const id = await addOwn({ ...valid(), description: "", subSkillIds: [skillB!.id] });

    // Nothing to review without a description; then version 1 goes in.
    await expect(projects.submitProjectAction({ progressId: id })).resolves.toEqual({
      ok: false,
      message: DESCRIPTION_REQUIRED_FOR_REVIEW_MESSAGE,
      fieldErrors: { description: [DESCRIPTION_REQUIRED_FOR_REVIEW_MESSAGE] },
    });
    await projects.editOwnProjectAction({
      ...valid(),
      progressId: id,
      status: "IN_PROGRESS",
      subSkillIds: [skillB!.id],
    });
    const submitted = await projects.submitProjectAction({ progressId: id });
    expect(submitted).toEqual({ ok: true, data: { version: 1 }, message: "Version 1 submitted for review." });
    await expect(projects.submitProjectAction({ progressId: id })).resolves.toEqual({
      ok: false,
      message: PROJECT_IN_REVIEW_MESSAGE,
    });
    const submission = await testDb().submission.findUniqueOrThrow({ where: { projectProgressId: id } });
    expect(submission).toMatchObject({ learnerId: me.id, deliverableId: null, status: "SUBMITTED", currentVersion: 1 });
    expect(await testDb().notification.findMany({ where: { userId: mentor.id } })).toEqual([
      expect.objectContaining({ kind: "submission.submitted", href: `/mentor/reviews/${submission.id}` }),
    ]);

    // In the mentor's queue, labelled as a project; the review page names it and what it shows.
    const queue = await getReviewQueue(asCurrentUser(mentor));
    expect(queue.items).toEqual([
      expect.objectContaining({ kind: "project", id: submission.id, title: "Feature store on Postgres", version: 1 }),
    ]);
    const page = await getSubmissionReview(asCurrentUser(mentor), submission.id);
    expect(page?.work).toMatchObject({
      kind: "project",
      title: "Feature store on Postgres",
      context: "Portfolio project",
      subSkills: [skillB!.name],
      stack: ["Python", "PostgreSQL", "Docker"],
    });

    // Another mentor can neither read nor decide it.
    const stranger = await createTestUser("MENTOR");
    expect(await getSubmissionReview(asCurrentUser(stranger), submission.id)).toBeNull();
    signInAs(stranger);
    await expect(
      reviews.requestChangesAction({
        submissionId: submission.id,
        version: 1,
        comment: "No.",
        scores: fullScores(null),
      }),
    ).resolves.toEqual({ ok: false, message: new AuthorizationError().message });

    // Changes requested: the project is back in progress, the learner told where to look.
    signInAs(mentor);
    await expect(
      reviews.requestChangesAction({
        submissionId: submission.id,
        version: 1,
        comment: "Add a **load test**.",
        scores: fullScores(null),
      }),
    ).resolves.toMatchObject({ ok: true });
    expect(await ownRow(id)).toMatchObject({ status: "IN_PROGRESS", approvedAt: null });
    expect(await testDb().notification.findMany({ where: { userId: me.id } })).toEqual([
      expect.objectContaining({ kind: "review.changes-requested", href: `/projects/${id}` }),
    ]);

    // Resubmitted as version 2 with the edit, then approved.
    signInAs(me);
    await projects.editOwnProjectAction({
      ...valid(),
      progressId: id,
      status: "IN_PROGRESS",
      description: "Now with a load test.",
      subSkillIds: [skillB!.id],
    });
    await expect(projects.submitProjectAction({ progressId: id })).resolves.toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    const versions = await testDb().submissionVersion.findMany({
      where: { submissionId: submission.id },
      orderBy: { number: "asc" },
      select: { number: true, description: true },
    });
    expect(versions).toEqual([
      { number: 1, description: "Offline and online features, with **tests**." },
      { number: 2, description: "Now with a load test." },
    ]);
    signInAs(mentor);
    await expect(
      reviews.approveSubmissionAction({ submissionId: submission.id, version: 1, scores: fullScores(null) }),
    ).resolves.toMatchObject({
      ok: false,
    });
    await expect(
      reviews.approveSubmissionAction({ submissionId: submission.id, version: 2, scores: fullScores(null) }),
    ).resolves.toMatchObject({
      ok: true,
    });
    expect(await ownRow(id)).toMatchObject({ status: "APPROVED", approvedAt: expect.any(Date) });
    signInAs(me);
    await expect(projects.submitProjectAction({ progressId: id })).resolves.toMatchObject({ ok: false });
    await expect(projects.dropProjectAction({ progressId: id })).resolves.toMatchObject({ ok: false });

    // Evidence: the same rule as every approved project (ProjectProgress approved), for the sub-skill it touches.
    const progress = await getLearnerProgress(me.id, { today: "2026-12-05" });
    expect(progress.explanation.assessment.approvedProjectCount).toBe(1);
    const byKey = new Map(progress.explanation.assessment.subSkills.map((s) => [s.key, s.approvedProjects]));
    expect(byKey.get(skillB!.key)).toBe(1);
    expect(byKey.get(skillA!.key)).toBe(0);
    expect(await evidencedSubSkillIds(me.id)).toContain(skillB!.id);
  });

  it("submits a guide idea the same way; two submits at once make one version", async () => {
    const me = await learner();
    const idea = await testDb().portfolioProject.findFirstOrThrow({
      where: { guideId: guide.id, archivedAt: null },
      orderBy: { position: "asc" },
    });
    const picked = await projects.pickProjectAction({ projectId: idea.id });
    const progressId = picked.ok ? picked.data!.progressId : "";
    await projects.updateProjectProgressAction({
      progressId,
      status: "IN_PROGRESS",
      repoUrl: "https://github.com/ada/pipeline",
      description: "Trained and served.",
    });
    const results = await Promise.all([
      projects.submitProjectAction({ progressId }),
      projects.submitProjectAction({ progressId }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      message: expect.stringMatching(new RegExp(`${PROJECT_IN_REVIEW_MESSAGE}|${ALREADY_SUBMITTED_MESSAGE}`)),
    });
    const submission = await testDb().submission.findUniqueOrThrow({
      where: { projectProgressId: progressId },
      select: { learnerId: true, _count: { select: { versions: true } } },
    });
    expect(submission).toEqual({ learnerId: me.id, _count: { versions: 1 } });
    const admin = await createTestUser("ADMIN");
    const review = await getSubmissionReview(
      asCurrentUser(admin),
      (await testDb().submission.findUniqueOrThrow({ where: { projectProgressId: progressId } })).id,
    );
    expect(review?.work).toMatchObject({ kind: "project", title: idea.title, brief: idea.description });
  });
});

describe("the migration to project reviews", () => {
  it("turns a project marked submitted into a version waiting for review, and keeps approvals as they were", async () => {
    const sql = readFileSync(
      resolve(import.meta.dirname, "../../prisma/migrations/20261205090222_portfolio_project_reviews/migration.sql"),
      "utf8",
    );
    const dataPart = sql.slice(sql.indexOf("-- Hand-written data migration"));
    const statements = dataPart
      .split(/;\s*\n/)
      .map((statement) => statement.replace(/^--.*$/gm, "").trim())
      .filter(Boolean);
    expect(statements).toHaveLength(3);

    const me = await createTestUser("LEARNER");
    const mentor = await createTestUser("MENTOR");
    await assignMentor(mentor.id, me.id);
    const [first, second] = await testDb().portfolioProject.findMany({
      where: { guideId: guide.id, archivedAt: null },
      orderBy: { position: "asc" },
    });
    const approvedAt = new Date("2026-11-01T10:00:00Z");
    // As the one-click approval left them: no submission behind either.
    const waiting = await testDb().projectProgress.create({
      data: { learnerId: me.id, projectId: first!.id, status: "SUBMITTED", repoUrl: "https://github.com/ada/old" },
    });
    const approved = await testDb().projectProgress.create({
      data: {
        learnerId: me.id,
        projectId: second!.id,
        status: "APPROVED",
        repoUrl: "https://github.com/ada/b",
        approvedAt,
      },
    });
    for (const statement of statements) await testDb().$executeRawUnsafe(statement);
    for (const statement of statements) await testDb().$executeRawUnsafe(statement); // a second run adds nothing

    const submission = await testDb().submission.findUniqueOrThrow({
      where: { projectProgressId: waiting.id },
      select: {
        id: true,
        learnerId: true,
        status: true,
        currentVersion: true,
        versions: { select: { number: true, repoUrl: true, submittedAt: true } },
        statusChanges: { select: { toStatus: true } },
      },
    });
    expect(submission).toMatchObject({
      learnerId: me.id,
      status: "SUBMITTED",
      currentVersion: 1,
      versions: [{ number: 1, repoUrl: "https://github.com/ada/old", submittedAt: waiting.updatedAt }],
      statusChanges: [{ toStatus: "SUBMITTED" }],
    });
    const queue = await getReviewQueue(asCurrentUser(mentor));
    expect(queue.items.map((i) => [i.kind, i.id, i.title])).toEqual([["project", submission.id, first!.title]]);
    expect(await testDb().submission.count({ where: { projectProgressId: approved.id } })).toBe(0);
    expect(await testDb().projectProgress.findUniqueOrThrow({ where: { id: approved.id } })).toMatchObject({
      status: "APPROVED",
      approvedAt,
    });
    const progress = await getLearnerProgress(me.id, { today: "2026-12-05" });
    expect(progress.explanation.assessment.approvedProjectCount).toBe(1);
  });
});
