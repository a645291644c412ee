import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

/**
 * Files on a portfolio project: saving the project writes its draft version (the deliverables'
 * workflow), files attach to that version, and "Submit for review" submits that same row, so
 * the files freeze with it and the assigned mentor (only) sees and downloads them.
 */
const { revalidatePath } = await import("next/cache");
const projects = await import("@/lib/projects/actions");
const reviews = await import("@/lib/reviews/actions");
const { addAttachmentAction, removeAttachmentAction } = await import("@/lib/attachments/actions");
const { FROZEN_MESSAGE, FILE_NOT_FOUND_MESSAGE, VERSION_NOT_FOUND_MESSAGE } =
  await import("@/lib/attachments/mutations");
const { learnerGuide } = await import("@/lib/guides/enrollment");
const { getProjectForLearner } = await import("@/lib/projects/queries");
const { getSubmissionReview, getVersionComparison } = await import("@/lib/reviews/queries");
const { GET: download } = await import("@/app/api/attachments/[attachmentId]/route");
const { asCurrentUser, assignMentor } = await import("../support/auth");
const { createTestUser, seededGuide, testDb } = await import("../support/db");
const { file, PDF_BYTES, pdfFile } = await import("../support/attachments");
const { fullScores, loadSeededRubrics } = await import("../support/reviews");

const guide = await seededGuide();
type User = Awaited<ReturnType<typeof createTestUser>>;

async function learner() {
  const user = await createTestUser("LEARNER");
  await learnerGuide(user.id);
  signInAs(user);
  return user;
}

const own = {
  title: "Feature store on Postgres",
  description: "Offline and online features.",
  repoUrl: "https://github.com/ada/feature-store",
  demoUrl: "",
  stack: "Python",
  subSkillIds: [guide.subSkills[0]!.id],
};

async function addAndSave() {
  const added = await projects.addOwnProjectAction(own);
  if (!added.ok || !added.data) throw new Error(`add failed: ${JSON.stringify(added)}`);
  const progressId = added.data.progressId;
  await expect(projects.editOwnProjectAction({ ...own, progressId, status: "IN_PROGRESS" })).resolves.toMatchObject({
    ok: true,
  });
  return progressId;
}

function get(user: User, attachmentId: string) {
  signInAs(user);
  return download(new Request(`http://localhost/api/attachments/${attachmentId}`), {
    params: Promise.resolve({ attachmentId }),
  });
}

beforeAll(loadSeededRubrics);
beforeEach(() => {
  signInAs(null);
});

describe("files on a portfolio project", () => {
  it("attach to the saved draft, freeze on submit, and reach the assigned mentor only", async () => {
    const me = await learner();
    const mentor = await createTestUser("MENTOR");
    await assignMentor(mentor.id, me.id);
    const added = await projects.addOwnProjectAction(own);
    const progressId = added.ok && added.data ? added.data.progressId : "";
    // Nothing saved yet: no version to attach to.
    expect((await getProjectForLearner(me.id, progressId))?.draftFiles).toEqual({ versionId: null, attachments: [] });

    await projects.editOwnProjectAction({ ...own, progressId, status: "IN_PROGRESS" });
    const draft = (await getProjectForLearner(me.id, progressId))!;
    const versionId = draft.draftFiles.versionId!;
    expect(draft.submission).toMatchObject({ status: "DRAFT", currentVersion: 1 });
    expect(draft.submission?.versions).toEqual([
      expect.objectContaining({ id: versionId, number: 1, submittedAt: null, repoUrl: own.repoUrl }),
    ]);

    await expect(addAttachmentAction({ versionId, file: pdfFile("design.pdf") })).resolves.toMatchObject({ ok: true });
    expect(revalidatePath).toHaveBeenCalledWith(`/projects/${progressId}`);
    const [attached] = (await getProjectForLearner(me.id, progressId))!.draftFiles.attachments;
    expect(attached).toMatchObject({ name: "design.pdf", contentType: "application/pdf" });

    // Another learner can neither attach to nor remove from it.
    const other = await learner();
    await expect(addAttachmentAction({ versionId, file: pdfFile() })).resolves.toEqual({
      ok: false,
      message: VERSION_NOT_FOUND_MESSAGE,
    });
    await expect(removeAttachmentAction({ attachmentId: attached!.id })).resolves.toEqual({
      ok: false,
      message: FILE_NOT_FOUND_MESSAGE,
    });

    // Submitting submits that same version, with its file; the file can no longer change.
    signInAs(me);
    await expect(projects.submitProjectAction({ progressId })).resolves.toMatchObject({
      ok: true,
      data: { version: 1 },
    });
    const submitted = await testDb().submissionVersion.findUniqueOrThrow({
      where: { id: versionId },
      select: { submittedAt: true, attachments: { select: { id: true } } },
    });
    expect(submitted.submittedAt).not.toBeNull();
    expect(submitted.attachments).toEqual([{ id: attached!.id }]);
    await expect(removeAttachmentAction({ attachmentId: attached!.id })).resolves.toEqual({
      ok: false,
      message: FROZEN_MESSAGE,
    });
    await expect(addAttachmentAction({ versionId, file: pdfFile("late.pdf") })).resolves.toMatchObject({
      ok: false,
      fieldErrors: { file: [FROZEN_MESSAGE] },
    });

    // The assigned mentor sees and downloads it; another mentor and another learner get nothing.
    const submissionId = draft.submission!.id;
    const review = await getSubmissionReview(asCurrentUser(mentor), submissionId);
    expect(review?.versions[0]?.attachments).toEqual([
      expect.objectContaining({ id: attached!.id, name: "design.pdf" }),
    ]);
    const response = await get(mentor, attached!.id);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(PDF_BYTES))).toBe(true);
    const stranger = await createTestUser("MENTOR");
    expect(await getSubmissionReview(asCurrentUser(stranger), submissionId)).toBeNull();
    expect((await get(stranger, attached!.id)).status).toBe(404);
    expect((await get(other, attached!.id)).status).toBe(404);
    expect((await get(me, attached!.id)).status).toBe(200);
  });

  it("after changes are requested, the next save starts version 2 with its own files, compared with version 1's", async () => {
    const me = await learner();
    const mentor = await createTestUser("MENTOR");
    await assignMentor(mentor.id, me.id);
    const progressId = await addAndSave();
    const first = (await getProjectForLearner(me.id, progressId))!.draftFiles.versionId!;
    await addAttachmentAction({ versionId: first, file: pdfFile("v1.pdf") });
    await projects.submitProjectAction({ progressId });
    const submissionId = (await getProjectForLearner(me.id, progressId))!.submission!.id;
    signInAs(mentor);
    await expect(
      reviews.requestChangesAction({ submissionId, version: 1, comment: "Add a diagram.", scores: fullScores(null) }),
    ).resolves.toMatchObject({ ok: true });

    // The page offers no version to attach to until the project is saved again.
    expect((await getProjectForLearner(me.id, progressId))?.draftFiles.versionId).toBeNull();
    signInAs(me);
    await projects.editOwnProjectAction({ ...own, progressId, status: "IN_PROGRESS", description: "With a diagram." });
    const page = (await getProjectForLearner(me.id, progressId))!;
    const second = page.draftFiles.versionId!;
    expect(second).not.toBe(first);
    expect(page.submission?.versions.map((v) => [v.number, v.submittedAt === null])).toEqual([
      [2, true],
      [1, false],
    ]);
    const diagram = new TextEncoder().encode("flowchart: features -> store\n");
    await expect(addAttachmentAction({ versionId: second, file: file(diagram, "diagram.txt") })).resolves.toMatchObject(
      { ok: true },
    );
    await expect(projects.submitProjectAction({ progressId })).resolves.toMatchObject({
      ok: true,
      data: { version: 2 },
    });

    const comparison = await getVersionComparison(asCurrentUser(mentor), submissionId, "1", "2");
    expect(comparison?.files?.from.map((f) => f.name)).toEqual(["v1.pdf"]);
    expect(comparison?.files?.to.map((f) => f.name)).toEqual(["diagram.txt"]);
    const review = await getSubmissionReview(asCurrentUser(mentor), submissionId);
    expect(review?.versions.map((v) => [v.number, v.description, v.attachments.map((a) => a.name)])).toEqual([
      [2, "With a diagram.", ["diagram.txt"]],
      [1, own.description, ["v1.pdf"]],
    ]);
  });

  it("dropping a project removes its draft and the draft's files", async () => {
    const me = await learner();
    const progressId = await addAndSave();
    const versionId = (await getProjectForLearner(me.id, progressId))!.draftFiles.versionId!;
    await addAttachmentAction({ versionId, file: pdfFile() });
    await expect(projects.dropProjectAction({ progressId })).resolves.toMatchObject({ ok: true });
    expect(await testDb().submission.count({ where: { projectProgressId: progressId } })).toBe(0);
    expect(await testDb().attachment.count({ where: { versionId } })).toBe(0);
  });
});
