import "server-only";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { postgresStorage } from "@/lib/attachments/storage-postgres";
import { s3Storage } from "@/lib/attachments/storage-s3";

/**
 * Where an attachment's bytes live, behind one small interface so the metadata, the rules and
 * the download route never know. PostgreSQL is the default (a bytea table apart from the
 * metadata); an S3-compatible bucket is chosen by configuration (ATTACHMENT_STORAGE=s3, see
 * lib/env.ts). A file records the store it was saved in (`Attachment.storage`) and is always
 * read and deleted through that one, so changing the setting never strands older files.
 */
export type StorageKind = "postgres" | "s3";

/** The columns of an Attachment row a store needs. */
export type StoredFile = { id: string; storage: string; storageKey: string | null };

export interface AttachmentStorage {
  readonly kind: StorageKind;
  /** The key a new file's row keeps (null when the row's id is the key). */
  keyFor(id: string): string | null;
  /**
   * Saves a new file's bytes, inside the transaction that inserted its metadata row (so the
   * database's checks run first); throwing rolls the row back.
   */
  save(tx: Prisma.TransactionClient, file: StoredFile & { bytes: Uint8Array; contentType: string }): Promise<void>;
  /** The bytes, or null when they are gone. */
  read(file: StoredFile): Promise<Uint8Array | null>;
  /**
   * Deletes what the database's cascade does not reach, once the rows are gone (S3 objects);
   * nothing for PostgreSQL, whose bytes go with their row.
   */
  purge(files: readonly StoredFile[]): Promise<void>;
}

/** The store new files go to. */
export function configuredStorage(): AttachmentStorage {
  return storageOf(env().ATTACHMENT_STORAGE);
}

export function storageOf(kind: string): AttachmentStorage {
  if (kind === "postgres") return postgresStorage;
  if (kind === "s3") return s3Storage();
  throw new Error(`Unknown attachment storage "${kind}"`);
}

/** Purges files of any store (account deletion, a failed upload); each store skips what it doesn't hold. */
export async function purgeFiles(files: readonly StoredFile[]): Promise<void> {
  const kinds = [...new Set(files.map((file) => file.storage))];
  for (const kind of kinds) await storageOf(kind).purge(files.filter((file) => file.storage === kind));
}
