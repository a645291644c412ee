import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import S3rver from "s3rver";
import { afterAll, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

/**
 * The S3-compatible store against a real S3 server speaking the protocol over HTTP (s3rver:
 * signature V4 checked, objects on disk): the same actions and route as the PostgreSQL store,
 * configured with ATTACHMENT_STORAGE=s3. The variables are set before any app module reads
 * them (lib/env.ts parses once) and put back afterwards.
 */
const directory = mkdtempSync(join(tmpdir(), "skilltrail-s3-"));
const BUCKET = "skilltrail-attachments";
const server = new S3rver({
  address: "127.0.0.1",
  port: 0,
  silent: true,
  directory,
  configureBuckets: [{ name: BUCKET, configs: [] }],
});
const { port } = await server.run();
const VARIABLES = {
  ATTACHMENT_STORAGE: "s3",
  S3_ENDPOINT: `http://127.0.0.1:${port}`,
  S3_BUCKET: BUCKET,
  S3_ACCESS_KEY_ID: "S3RVER",
  S3_SECRET_ACCESS_KEY: "S3RVER",
};
const saved = Object.fromEntries(Object.keys(VARIABLES).map((name) => [name, process.env[name]]));
Object.assign(process.env, VARIABLES);
afterAll(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await server.close();
  rmSync(directory, { recursive: true, force: true });
});

const { addAttachmentAction, removeAttachmentAction } = await import("@/lib/attachments/actions");
const { deleteAccountAction } = await import("@/lib/account/actions");
const { storageOf } = await import("@/lib/attachments/storage");
const { GET: download } = await import("@/app/api/attachments/[attachmentId]/route");
const { createUserWithPassword, TEST_PASSWORD } = await import("../support/auth");
const { createEnrolledLearner, testDb } = await import("../support/db");
const { createDraftVersion, PDF_BYTES, pdfFile, storeFile } = await import("../support/attachments");

/** Objects in the bucket, as s3rver keeps them on disk (one file per object, beside its metadata). */
const objectCount = () =>
  readdirSync(join(directory, BUCKET), { recursive: true }).filter((name) => String(name).endsWith("._S3rver_object"))
    .length;
const object = (storageKey: string) => storageOf("s3").read({ id: "", storage: "s3", storageKey });
const rowsOf = (versionId: string) =>
  testDb().attachment.findMany({ where: { versionId }, orderBy: { createdAt: "asc" }, include: { content: true } });

async function fetchFile(attachmentId: string) {
  const response = await download(new Request(`http://localhost/api/attachments/${attachmentId}`), {
    params: Promise.resolve({ attachmentId }),
  });
  return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()) };
}

describe("attachments in an S3-compatible store", () => {
  it("uploads the bytes as an object (none in PostgreSQL), serves them, and deletes the object on removal", async () => {
    const learner = signInAs(await createEnrolledLearner());
    const { versionId } = await createDraftVersion(learner.id);
    expect(await addAttachmentAction({ versionId, file: pdfFile() })).toMatchObject({ ok: true });

    const [row] = await rowsOf(versionId);
    expect(row).toMatchObject({ storage: "s3", storageKey: `attachments/${row!.id}`, content: null });
    expect(Buffer.from((await object(row!.storageKey!))!).equals(Buffer.from(PDF_BYTES))).toBe(true);

    const served = await fetchFile(row!.id);
    expect(served.status).toBe(200);
    expect(Buffer.from(served.bytes).equals(Buffer.from(PDF_BYTES))).toBe(true);

    expect(await removeAttachmentAction({ attachmentId: row!.id })).toMatchObject({ ok: true });
    expect(await object(row!.storageKey!)).toBeNull();
  });

  it("stores no object for a file the rules refuse (a sixth one)", async () => {
    const learner = signInAs(await createEnrolledLearner());
    const { versionId } = await createDraftVersion(learner.id);
    for (let i = 0; i < 5; i += 1) await storeFile(versionId, `part-${i}.pdf`);
    const before = objectCount();
    expect(await addAttachmentAction({ versionId, file: pdfFile("sixth.pdf") })).toMatchObject({ ok: false });
    expect((await rowsOf(versionId)).every((r) => r.storage === "postgres")).toBe(true);
    expect(objectCount()).toBe(before);
  });

  it("still serves files saved in PostgreSQL before the store was switched", async () => {
    const learner = signInAs(await createEnrolledLearner());
    const { versionId } = await createDraftVersion(learner.id);
    const attachmentId = await storeFile(versionId);
    const served = await fetchFile(attachmentId);
    expect(served.status).toBe(200);
    expect(Buffer.from(served.bytes).equals(Buffer.from(PDF_BYTES))).toBe(true);
  });

  it("deletes the learner's objects with their account", async () => {
    const learner = signInAs(await createUserWithPassword("LEARNER"));
    const { versionId } = await createDraftVersion(learner.id);
    await addAttachmentAction({ versionId, file: pdfFile("one.pdf") });
    await addAttachmentAction({ versionId, file: pdfFile("two.pdf") });
    const keys = (await rowsOf(versionId)).map((r) => r.storageKey!);
    expect(keys).toHaveLength(2);
    for (const key of keys) expect(await object(key)).not.toBeNull();

    expect(await deleteAccountAction({ confirmEmail: learner.email, password: TEST_PASSWORD })).toMatchObject({
      ok: true,
    });
    expect(await testDb().attachment.count({ where: { versionId } })).toBe(0);
    for (const key of keys) expect(await object(key)).toBeNull();
  });
});
