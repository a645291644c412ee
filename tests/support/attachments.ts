import { deliverableAt } from "./reviews";
import { testDb } from "./db";

/**
 * Attachment fixtures: small real files (the signatures file-type reads) and a learner's draft
 * version to attach them to, written directly (the deliverable flow has its own tests).
 */

/** A tiny but well-formed PDF: its first bytes are the %PDF signature. */
export const PDF_BYTES = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);
/** A 1×1 PNG. */
export const PNG_BYTES = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    "base64",
  ),
);
export const HTML_BYTES = new TextEncoder().encode(
  "<!doctype html><html><body><script>window.__xss=1</script><h1>Not a PDF</h1></body></html>\n",
);

export const file = (bytes: Uint8Array, name: string, type = "application/octet-stream") =>
  new File([new Uint8Array(bytes)], name, { type });
export const pdfFile = (name = "report.pdf") => file(PDF_BYTES, name, "application/pdf");

/** A learner's submission of the seeded guide's deliverable #`position`, as a DRAFT with version 1 unsubmitted. */
export async function createDraftVersion(learnerId: string, position = 0) {
  const deliverable = await deliverableAt(position);
  const submission = await testDb().submission.create({
    data: {
      learnerId,
      deliverableId: deliverable.id,
      status: "DRAFT",
      currentVersion: 1,
      versions: { create: { number: 1, description: "Work in progress." } },
      statusChanges: { create: { actorId: learnerId, fromStatus: null, toStatus: "DRAFT" } },
    },
    select: { id: true, deliverableId: true, versions: { select: { id: true } } },
  });
  return {
    submissionId: submission.id,
    deliverableId: deliverable.id,
    versionId: submission.versions[0]!.id,
  };
}

/** Submits a draft version as the learner's submit does (version and submission, one transaction). */
export async function submitVersion(submissionId: string, versionId: string) {
  const now = new Date();
  await testDb().$transaction([
    testDb().submissionVersion.update({ where: { id: versionId }, data: { submittedAt: now } }),
    testDb().submission.update({ where: { id: submissionId }, data: { status: "SUBMITTED", submittedAt: now } }),
  ]);
}

/**
 * A file in the PostgreSQL store, written directly as the upload does (the trigger requires a
 * draft version). Returns the attachment's id.
 */
export async function storeFile(
  versionId: string,
  name = "report.pdf",
  bytes = PDF_BYTES,
  contentType = "application/pdf",
) {
  const row = await testDb().attachment.create({
    data: {
      versionId,
      name,
      contentType,
      size: bytes.byteLength,
      storage: "postgres",
      sha256: "0".repeat(64),
      content: { create: { bytes: new Uint8Array(bytes) } },
    },
    select: { id: true },
  });
  return row.id;
}

/** A learner's submitted version carrying one PDF: what a reviewer downloads. */
export async function createSubmittedFile(learnerId: string, position = 0) {
  const draft = await createDraftVersion(learnerId, position);
  const attachmentId = await storeFile(draft.versionId);
  await submitVersion(draft.submissionId, draft.versionId);
  return { ...draft, attachmentId };
}
