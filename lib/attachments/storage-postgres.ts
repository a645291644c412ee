import "server-only";
import { db } from "@/lib/db";
import type { AttachmentStorage } from "@/lib/attachments/storage";

/**
 * The default store: the bytes in `AttachmentContent`, one bytea row per file keyed by the
 * attachment's id, written in the metadata's own transaction and deleted by its cascade. Kept
 * apart from `Attachment` so listing files never reads their contents.
 */
export const postgresStorage: AttachmentStorage = {
  kind: "postgres",
  keyFor: () => null,
  async save(tx, { id, bytes }) {
    await tx.attachmentContent.create({ data: { attachmentId: id, bytes: new Uint8Array(bytes) } });
  },
  async read({ id }) {
    const row = await db().attachmentContent.findUnique({ where: { attachmentId: id }, select: { bytes: true } });
    return row ? new Uint8Array(row.bytes) : null;
  },
  async purge() {
    // ON DELETE CASCADE removed the bytes with their Attachment row.
  },
};
