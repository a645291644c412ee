import { describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

const { addAttachmentAction, removeAttachmentAction } = await import("@/lib/attachments/actions");
const { FILE_NOT_FOUND_MESSAGE, FROZEN_MESSAGE, VERSION_NOT_FOUND_MESSAGE } =
  await import("@/lib/attachments/mutations");
const { MAX_ATTACHMENT_BYTES, TOO_LARGE_MESSAGE, TOO_MANY_MESSAGE } = await import("@/lib/attachments/rules");
const { CHOOSE_FILE_MESSAGE } = await import("@/lib/attachments/schema");
const { deleteAccountAction } = await import("@/lib/account/actions");
const { getDeliverableForLearner } = await import("@/lib/deliverables/queries");
const { GET: download } = await import("@/app/api/attachments/[attachmentId]/route");
const { assignMentor, createUserWithPassword, TEST_PASSWORD } = await import("../support/auth");
const { createEnrolledLearner, createTestUser, testDb } = await import("../support/db");
const {
  createDraftVersion,
  createSubmittedFile,
  file,
  HTML_BYTES,
  PDF_BYTES,
  PNG_BYTES,
  pdfFile,
  storeFile,
  submitVersion,
} = await import("../support/attachments");

type User = Awaited<ReturnType<typeof createTestUser>>;
const INVALID = "Please check the highlighted fields.";

async function learnerWithDraft() {
  const learner = signInAs(await createEnrolledLearner());
  return { learner, ...(await createDraftVersion(learner.id)) };
}

const filesOf = (versionId: string) =>
  testDb().attachment.findMany({ where: { versionId }, orderBy: { createdAt: "asc" }, include: { content: true } });

function get(user: User | null, attachmentId: string) {
  signInAs(user);
  return download(new Request(`http://localhost/api/attachments/${attachmentId}`), {
    params: Promise.resolve({ attachmentId }),
  });
}

describe("attaching files to a draft version", () => {
  it("stores a PDF with its type read from the bytes, not the browser's claim, and lists it without its bytes", async () => {
    const { learner, versionId, deliverableId } = await learnerWithDraft();
    const result = await addAttachmentAction({ versionId, file: file(PDF_BYTES, "Report (final).pdf", "text/html") });
    expect(result).toMatchObject({ ok: true, message: "File attached." });

    const [row] = await filesOf(versionId);
    expect(row).toMatchObject({
      name: "Report (final).pdf",
      contentType: "application/pdf",
      size: PDF_BYTES.byteLength,
      storage: "postgres",
      storageKey: null,
    });
    expect(Buffer.from(row!.content!.bytes).equals(Buffer.from(PDF_BYTES))).toBe(true);

    const page = await getDeliverableForLearner(learner.id, deliverableId);
    expect(page?.draftFiles).toEqual({
      versionId,
      attachments: [
        { id: row!.id, name: "Report (final).pdf", size: PDF_BYTES.byteLength, contentType: "application/pdf" },
      ],
    });
  });

  it("accepts images, text, Markdown, CSV and archives whose bytes match their extension", async () => {
    const { versionId } = await learnerWithDraft();
    const zip = Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]); // an empty ZIP
    const gzip = Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    for (const [bytes, name] of [
      [PNG_BYTES, "screenshot.png"],
      [new TextEncoder().encode("# Notes\n\nÉté — ünïcode ✓\n"), "NOTES.MD"],
      [new TextEncoder().encode("a,b\n1,2\n"), "data.csv"],
      [zip, "code.zip"],
      [gzip, "logs.tar.gz"],
    ] as const) {
      expect(await addAttachmentAction({ versionId, file: file(bytes, name) }), name).toMatchObject({ ok: true });
    }
    expect((await filesOf(versionId)).map((f) => f.contentType)).toEqual([
      "image/png",
      "text/markdown",
      "text/csv",
      "application/zip",
      "application/gzip",
    ]);
  });

  it("refuses, at the file field, what the bytes are not (HTML named .pdf), unknown kinds, and empty or oversized files", async () => {
    const { versionId } = await learnerWithDraft();
    const cases: Array<[File, RegExp]> = [
      [file(HTML_BYTES, "report.pdf", "application/pdf"), /named \.pdf but it is text, not a PDF/],
      [file(PNG_BYTES, "report.pdf"), /named \.pdf but it is a PNG image, not a PDF/],
      [file(PDF_BYTES, "report.png"), /named \.png but it is a PDF, not a PNG image/],
      [file(HTML_BYTES, "page.html", "text/html"), /can't be attached/],
      [file(Uint8Array.of(0x00, 0x01, 0xfe), "notes.txt"), /named \.txt but its content is not a plain text/],
      [file(PDF_BYTES, "noextension"), /can't be attached/],
      [new File([], "empty.pdf"), /empty/],
      [new File([], ""), new RegExp(CHOOSE_FILE_MESSAGE)],
      [file(new Uint8Array(MAX_ATTACHMENT_BYTES + 1), "big.pdf"), new RegExp(TOO_LARGE_MESSAGE)],
    ];
    for (const [upload, message] of cases) {
      const result = await addAttachmentAction({ versionId, file: upload });
      expect(result, upload.name).toMatchObject({
        ok: false,
        message: INVALID,
        fieldErrors: { file: [expect.stringMatching(message)] },
      });
    }
    expect(await filesOf(versionId)).toEqual([]);
  });

  it("takes a file of exactly 10 MB", async () => {
    const { versionId } = await learnerWithDraft();
    const bytes = new Uint8Array(MAX_ATTACHMENT_BYTES).fill(0x20);
    bytes.set(PDF_BYTES);
    expect(await addAttachmentAction({ versionId, file: file(bytes, "scan.pdf") })).toMatchObject({ ok: true });
    expect((await filesOf(versionId))[0]?.size).toBe(MAX_ATTACHMENT_BYTES);
  });

  it("keeps a version to 5 files, also when uploads race", async () => {
    const { versionId } = await learnerWithDraft();
    const results = await Promise.all(
      Array.from({ length: 7 }, (_, i) => addAttachmentAction({ versionId, file: pdfFile(`part-${i}.pdf`) })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    for (const refused of results.filter((r) => !r.ok))
      expect(refused).toMatchObject({ fieldErrors: { file: [TOO_MANY_MESSAGE] } });
    expect(await filesOf(versionId)).toHaveLength(5);
  });

  it("lets the learner remove a file while the version is a draft", async () => {
    const { versionId } = await learnerWithDraft();
    await addAttachmentAction({ versionId, file: pdfFile() });
    const [row] = await filesOf(versionId);
    expect(await removeAttachmentAction({ attachmentId: row!.id })).toMatchObject({
      ok: true,
      message: "File removed.",
    });
    expect(await filesOf(versionId)).toEqual([]);
    expect(await testDb().attachmentContent.count({ where: { attachmentId: row!.id } })).toBe(0);
  });

  it("never reaches another learner's version or file", async () => {
    const other = await learnerWithDraft();
    const otherFile = await storeFile(other.versionId);
    await learnerWithDraft(); // signed in as a second learner from here
    expect(await addAttachmentAction({ versionId: other.versionId, file: pdfFile() })).toMatchObject({
      ok: false,
      message: VERSION_NOT_FOUND_MESSAGE,
    });
    expect(await removeAttachmentAction({ attachmentId: otherFile })).toMatchObject({
      ok: false,
      message: FILE_NOT_FOUND_MESSAGE,
    });
    expect((await filesOf(other.versionId)).map((f) => f.id)).toEqual([otherFile]);
  });
});

describe("files freeze with the submitted version", () => {
  it("refuses adding or removing once submitted, in the actions and in the database", async () => {
    const { versionId, submissionId } = await learnerWithDraft();
    await addAttachmentAction({ versionId, file: pdfFile() });
    await submitVersion(submissionId, versionId);
    const [row] = await filesOf(versionId);

    expect(await addAttachmentAction({ versionId, file: pdfFile("late.pdf") })).toMatchObject({
      ok: false,
      fieldErrors: { file: [FROZEN_MESSAGE] },
    });
    expect(await removeAttachmentAction({ attachmentId: row!.id })).toMatchObject({
      ok: false,
      message: FROZEN_MESSAGE,
    });
    // The trigger holds even for code that skips the actions.
    await expect(storeFile(versionId, "direct.pdf")).rejects.toThrow(/unsubmitted version/);
    await expect(testDb().attachment.delete({ where: { id: row!.id } })).rejects.toThrow(/submitted version/);
    await expect(testDb().attachment.update({ where: { id: row!.id }, data: { name: "renamed.pdf" } })).rejects.toThrow(
      /unsubmitted version/,
    );
    expect((await filesOf(versionId)).map((f) => f.name)).toEqual(["report.pdf"]);
  });
});

describe("downloading a file", () => {
  it("serves it as a download, never inline, to the learner, their assigned mentor and admins", async () => {
    const learner = await createEnrolledLearner();
    const { attachmentId } = await createSubmittedFile(learner.id);
    const mentor = await createTestUser("MENTOR");
    await assignMentor(mentor.id, learner.id);
    const admin = await createTestUser("ADMIN");

    for (const user of [learner, mentor, admin]) {
      const response = await get(user, attachmentId);
      expect(response.status, user.role).toBe(200);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        "content-type": "application/pdf",
        "content-length": String(PDF_BYTES.byteLength),
        "content-disposition": `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`,
        "x-content-type-options": "nosniff",
        "content-security-policy": expect.stringMatching(/^sandbox;/),
        "cache-control": "private, no-cache",
      });
      expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(PDF_BYTES))).toBe(true);
    }
  });

  it("answers 404 to another learner, an unassigned mentor and a guest, as for a file that does not exist", async () => {
    const learner = await createEnrolledLearner();
    const { attachmentId } = await createSubmittedFile(learner.id);
    const missing = await get(learner, "cnotanattachment000000000");
    const missingBody = await missing.json();
    expect(missing.status).toBe(404);
    for (const user of [await createEnrolledLearner(), await createTestUser("MENTOR"), null]) {
      const response = await get(user, attachmentId);
      expect(response.status, user?.role ?? "guest").toBe(404);
      expect(await response.json()).toEqual(missingBody);
      expect(response.headers.get("content-disposition")).toBeNull();
    }
  });

  it("keeps a draft's files to the learner until the version is submitted", async () => {
    const learner = await createEnrolledLearner();
    const { versionId, submissionId } = await createDraftVersion(learner.id);
    const attachmentId = await storeFile(versionId, "notes.txt", new TextEncoder().encode("draft"), "text/plain");
    const mentor = await createTestUser("MENTOR");
    await assignMentor(mentor.id, learner.id);
    expect((await get(learner, attachmentId)).status).toBe(200);
    expect((await get(mentor, attachmentId)).status).toBe(404);
    await submitVersion(submissionId, versionId);
    const response = await get(mentor, attachmentId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  });

  it("names a file with any characters safely (RFC 6266 filename* with an ASCII fallback)", async () => {
    const learner = signInAs(await createEnrolledLearner());
    const { versionId } = await createDraftVersion(learner.id);
    await addAttachmentAction({ versionId, file: pdfFile('Rapport "été"\u202e\u0007; evil.pdf') });
    const [row] = await filesOf(versionId);
    expect(row!.name).toBe('Rapport "été"; evil.pdf');
    const response = await get(learner, row!.id);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Rapport __t__; evil.pdf"; filename*=UTF-8''Rapport%20%22%C3%A9t%C3%A9%22%3B%20evil.pdf`,
    );
  });
});

describe("deleting an account", () => {
  it("deletes the learner's files and their bytes", async () => {
    const learner = await createUserWithPassword("LEARNER");
    const { versionId } = await createDraftVersion(learner.id);
    const draftFile = await storeFile(versionId);
    const { attachmentId: submittedFile } = await createSubmittedFile(learner.id, 1);
    const ids = [draftFile, submittedFile];
    signInAs(learner);
    expect(await deleteAccountAction({ confirmEmail: learner.email, password: TEST_PASSWORD })).toMatchObject({
      ok: true,
    });
    expect(await testDb().attachment.count({ where: { id: { in: ids } } })).toBe(0);
    expect(await testDb().attachmentContent.count({ where: { attachmentId: { in: ids } } })).toBe(0);
  });
});
