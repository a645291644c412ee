import "server-only";
import { AwsClient } from "aws4fetch";
import { env } from "@/lib/env";
import type { AttachmentStorage } from "@/lib/attachments/storage";

/**
 * An S3-compatible bucket (AWS S3, MinIO, Cloudflare R2 …), signed with AWS Signature V4 by
 * aws4fetch over the platform's fetch. Objects are addressed path-style
 * (S3_ENDPOINT/S3_BUCKET/attachments/<id>), which every S3-compatible server accepts. Objects
 * are private: the app reads them and serves them itself, so the download route's checks
 * and headers apply to every file whatever its store.
 */
export function s3Storage(): AttachmentStorage {
  const { S3_ENDPOINT, S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = env();
  if (!S3_ENDPOINT || !S3_BUCKET || !S3_ACCESS_KEY_ID || !S3_SECRET_ACCESS_KEY)
    throw new Error("The S3 attachment store needs S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY");
  const client = new AwsClient({
    accessKeyId: S3_ACCESS_KEY_ID,
    secretAccessKey: S3_SECRET_ACCESS_KEY,
    region: S3_REGION,
    service: "s3",
  });
  const base = `${S3_ENDPOINT.replace(/\/+$/, "")}/${encodeURIComponent(S3_BUCKET)}`;
  const url = (key: string) => `${base}/${key.split("/").map(encodeURIComponent).join("/")}`;

  async function send(method: string, key: string, init: RequestInit = {}): Promise<Response> {
    const response = await client.fetch(url(key), { method, ...init });
    return response;
  }

  return {
    kind: "s3",
    keyFor: (id) => `attachments/${id}`,
    async save(_tx, { storageKey: key, bytes, contentType }) {
      if (!key) throw new Error("An S3 attachment needs its key");
      const response = await send("PUT", key, {
        body: new Uint8Array(bytes),
        headers: { "Content-Type": contentType, "Content-Length": String(bytes.byteLength) },
      });
      if (!response.ok) throw new Error(`S3 PUT ${key} answered ${response.status}: ${await response.text()}`);
    },
    async read({ storageKey }) {
      if (!storageKey) return null;
      const response = await send("GET", storageKey);
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`S3 GET ${storageKey} answered ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
    async purge(files) {
      // One DELETE each: S3 answers 204 whether or not the object existed, so a retry is harmless.
      for (const { storageKey } of files) {
        if (!storageKey) continue;
        const response = await send("DELETE", storageKey);
        if (!response.ok && response.status !== 404)
          throw new Error(`S3 DELETE ${storageKey} answered ${response.status}`);
      }
    },
  };
}
