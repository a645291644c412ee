import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { ActionError } from "@/lib/actions/result";
import { INVALID_INPUT_MESSAGE } from "@/lib/actions/safe-action";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  classify,
  cleanFileName,
  EMPTY_FILE_MESSAGE,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_VERSION,
  TOO_LARGE_MESSAGE,
  TOO_MANY_MESSAGE,
} from "@/lib/attachments/rules";
import { sniffContent } from "@/lib/attachments/sniff";
import { configuredStorage, purgeFiles, type StoredFile } from "@/lib/attachments/storage";
import { resolveWork, SUBMISSION_WORK_SELECT } from "@/lib/submissions/work";

export const VERSION_NOT_FOUND_MESSAGE = "That version doesn't exist. Reload the page and try again.";
export const FROZEN_MESSAGE =
  "This version has been submitted, so its files can't change. Files go with the next version you start.";
export const NO_NAME_MESSAGE = "This file has no usable name. Rename it (for example report.pdf) and try again.";
export const FILE_NOT_FOUND_MESSAGE = "That file no longer exists. Reload the page.";

/** Where a change happened (the deliverable's or the project's page), for the action to revalidate. */
export type AttachmentWrite = { learnerHref: string };

const fileError = (message: string) => new ActionError(INVALID_INPUT_MESSAGE, { file: [message] });

/**
 * Attaches a file to the learner's own unsubmitted version. The bytes decide the type (see
 * rules.ts); the metadata row and, for PostgreSQL, the bytes are written in one transaction,
 * where the trigger locks the version and refuses a submitted version or a sixth file, so a
 * submit or another upload racing this one cannot slip a file past the rules.
 */
export async function addAttachment(learnerId: string, versionId: string, file: File): Promise<AttachmentWrite> {
  const version = await db().submissionVersion.findFirst({
    where: { id: versionId, submission: { learnerId } },
    select: {
      submittedAt: true,
      submission: { select: SUBMISSION_WORK_SELECT },
      _count: { select: { attachments: true } },
    },
  });
  if (!version) throw new ActionError(VERSION_NOT_FOUND_MESSAGE);
  if (version.submittedAt) throw fileError(FROZEN_MESSAGE);
  if (version._count.attachments >= MAX_ATTACHMENTS_PER_VERSION) throw fileError(TOO_MANY_MESSAGE);
  // The schema checked the size the browser declared; the bytes read are what counts.
  if (file.size > MAX_ATTACHMENT_BYTES) throw fileError(TOO_LARGE_MESSAGE);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.byteLength === 0) throw fileError(EMPTY_FILE_MESSAGE);
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) throw fileError(TOO_LARGE_MESSAGE);
  const name = cleanFileName(file.name);
  if (!name || name.startsWith(".")) throw fileError(NO_NAME_MESSAGE);
  const kind = classify(name, await sniffContent(bytes));
  if (!kind.ok) throw fileError(kind.message);

  const storage = configuredStorage();
  // The id is made here so the store's key is known before the row is written.
  const id = randomUUID();
  const stored: StoredFile = { id, storage: storage.kind, storageKey: storage.keyFor(id) };
  try {
    await db().$transaction(
      async (tx) => {
        await tx.attachment.create({
          data: {
            ...stored,
            versionId,
            name,
            contentType: kind.contentType,
            size: bytes.byteLength,
            sha256: createHash("sha256").update(bytes).digest("hex"),
          },
          select: { id: true },
        });
        await storage.save(tx, { ...stored, bytes, contentType: kind.contentType });
      },
      // An upload to an S3-compatible store runs inside the transaction (so a refusal stores nothing).
      { timeout: 60_000 },
    );
  } catch (error) {
    // An object stored outside PostgreSQL before the transaction failed would be orphaned.
    if (stored.storageKey)
      await purgeFiles([stored]).catch((purge) => console.error("[attachments] purge failed", purge));
    throw translateRefusal(error);
  }
  return { learnerHref: resolveWork(version.submission).learnerHref };
}

/** Removes a file from the learner's own unsubmitted version (the trigger refuses a submitted one). */
export async function removeAttachment(learnerId: string, attachmentId: string): Promise<AttachmentWrite> {
  const file = await db().attachment.findFirst({
    where: { id: attachmentId, version: { submission: { learnerId } } },
    select: {
      id: true,
      storage: true,
      storageKey: true,
      version: { select: { submittedAt: true, submission: { select: SUBMISSION_WORK_SELECT } } },
    },
  });
  if (!file) throw new ActionError(FILE_NOT_FOUND_MESSAGE);
  if (file.version.submittedAt) throw new ActionError(FROZEN_MESSAGE);
  try {
    await db().attachment.delete({ where: { id: file.id } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025")
      throw new ActionError(FILE_NOT_FOUND_MESSAGE);
    throw translateRefusal(error);
  }
  await purgeFiles([file]).catch((purge) => console.error("[attachments] purge failed", purge));
  return { learnerHref: resolveWork(file.version.submission).learnerHref };
}

/**
 * Every file of a learner kept outside PostgreSQL, read before their account is deleted: the
 * cascade removes the rows (and the PostgreSQL bytes), and these objects are purged after it.
 */
export async function externalFilesOf(tx: Prisma.TransactionClient, learnerId: string): Promise<StoredFile[]> {
  return tx.attachment.findMany({
    where: { storage: { not: "postgres" }, version: { submission: { learnerId } } },
    select: { id: true, storage: true, storageKey: true },
  });
}

export { purgeFiles };

/** The trigger's refusals (SQLSTATE 23514, named constraints) as the learner's messages. */
function translateRefusal(error: unknown): unknown {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return error;
  const cause = (error.meta as { driverAdapterError?: { cause?: { originalMessage?: string } } } | undefined)
    ?.driverAdapterError?.cause;
  const message = cause?.originalMessage ?? error.message;
  if (/at most 5 attachments/.test(message)) return fileError(TOO_MANY_MESSAGE);
  if (/submitted version|unsubmitted version/.test(message)) return fileError(FROZEN_MESSAGE);
  return error;
}
