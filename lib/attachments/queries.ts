import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { submissionVisibleTo } from "@/lib/reviews/queries";
import { storageOf } from "@/lib/attachments/storage";

/**
 * Which attachments a user may download, as a WHERE clause: the learner's own files (drafts
 * too), and the files of submitted versions for those who may read the submission (an
 * assigned mentor, an admin; lib/reviews/queries.ts#submissionVisibleTo). Drafts stay private
 * to the learner until submitted, as on the review page.
 */
export function attachmentVisibleTo(user: Pick<CurrentUser, "id" | "role">): Prisma.AttachmentWhereInput {
  return {
    version: {
      OR: [
        { submission: { learnerId: user.id } },
        { submittedAt: { not: null }, submission: submissionVisibleTo(user) },
      ],
    },
  };
}

export type AttachmentDownload = { name: string; contentType: string; size: number; bytes: Uint8Array };

/**
 * One file and its bytes for the download route, or null when it does not exist or is not the
 * user's to see (the route answers both with the same 404).
 */
export async function getAttachmentDownload(
  user: Pick<CurrentUser, "id" | "role">,
  attachmentId: string,
): Promise<AttachmentDownload | null> {
  const file = await db().attachment.findFirst({
    where: { id: attachmentId, ...attachmentVisibleTo(user) },
    select: { id: true, name: true, contentType: true, size: true, storage: true, storageKey: true },
  });
  if (!file) return null;
  const bytes = await storageOf(file.storage).read(file);
  if (!bytes) {
    console.error(`[attachments] the bytes of ${file.id} are missing from ${file.storage}`);
    return null;
  }
  return { name: file.name, contentType: file.contentType, size: file.size, bytes };
}
