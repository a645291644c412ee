import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { problem, PROBLEM_CONTENT_TYPE, NO_STORE } from "@/lib/api/problem";

/**
 * `Idempotency-Key` on the API's POSTs: the first request with a key claims it (one INSERT,
 * unique per user and key), runs, and stores its answer; the same key with the same request
 * (method, path, query and body) gets that answer again without running anything, so a retried
 * POST makes one row. The key with another request is a 422; a key whose first request is
 * still running is a 409. A 5xx answer (or a throw) frees the key, so a retry can run. Keys
 * live KEY_TTL_HOURS; an expired key is claimed afresh, and the user's other expired keys are
 * deleted by their next claim.
 */

export const IDEMPOTENCY_HEADER = "Idempotency-Key";
export const KEY_TTL_HOURS = 24;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export const KEY_REUSED_MESSAGE = "This Idempotency-Key was already used with another request. Use a new key.";
export const KEY_IN_FLIGHT_MESSAGE = "The first request with this Idempotency-Key is still running. Retry in a moment.";

export function requestHash(request: Request, body: string): string {
  const url = new URL(request.url);
  return createHash("sha256").update(`${request.method} ${url.pathname}${url.search}\n${body}`).digest("hex");
}

type Options = {
  /** False where the answer holds a secret that is not stored (a new token): a replay is a 409. */
  replayable?: boolean;
  notReplayableMessage?: string;
};

export async function withIdempotency(
  request: Request,
  userId: string,
  body: string,
  run: () => Promise<Response>,
  { replayable = true, notReplayableMessage = KEY_REUSED_MESSAGE }: Options = {},
  now = new Date(),
): Promise<Response> {
  const key = request.headers.get(IDEMPOTENCY_HEADER);
  if (key === null) return run();
  if (!KEY_PATTERN.test(key)) {
    const message = "Send an Idempotency-Key of 1 to 255 visible ASCII characters, for example a UUID.";
    return problem(400, message, { errors: { [IDEMPOTENCY_HEADER]: [message] } });
  }
  const hash = requestHash(request, body);
  const expiresAt = new Date(now.getTime() + KEY_TTL_HOURS * 3_600_000);
  // The claim also deletes the user's other expired keys, in the same statement (through the
  // (userId, key) index): keys nobody reuses would otherwise stay forever, and this bounds each
  // user's rows to their last KEY_TTL_HOURS of keys without a scheduled job.
  const claimed = await db().$queryRaw<Array<{ id: string }>>`
    WITH swept AS (
      DELETE FROM "ApiIdempotencyKey"
      WHERE "userId" = ${userId} AND "key" <> ${key} AND "expiresAt" <= ${now}
    )
    INSERT INTO "ApiIdempotencyKey" ("id", "userId", "key", "requestHash", "createdAt", "expiresAt")
    VALUES (${randomUUID()}, ${userId}, ${key}, ${hash}, ${now}, ${expiresAt})
    ON CONFLICT ("userId", "key") DO UPDATE
      SET "requestHash" = EXCLUDED."requestHash", "status" = NULL, "body" = NULL,
          "createdAt" = EXCLUDED."createdAt", "expiresAt" = EXCLUDED."expiresAt"
      WHERE "ApiIdempotencyKey"."expiresAt" <= ${now}
    RETURNING "id"`;
  const id = claimed[0]?.id;
  if (id) return runAndStore(id, run, replayable);

  const stored = await db().apiIdempotencyKey.findUnique({
    where: { userId_key: { userId, key } },
    select: { requestHash: true, status: true, body: true },
  });
  if (!stored || stored.requestHash !== hash)
    return problem(422, KEY_REUSED_MESSAGE, { errors: { [IDEMPOTENCY_HEADER]: [KEY_REUSED_MESSAGE] } });
  if (stored.status === null) return problem(409, KEY_IN_FLIGHT_MESSAGE);
  if (!replayable) return problem(409, notReplayableMessage);
  return new Response(stored.body === null ? null : JSON.stringify(stored.body), {
    status: stored.status,
    headers: {
      ...(stored.body === null
        ? {}
        : { "Content-Type": stored.status >= 400 ? PROBLEM_CONTENT_TYPE : "application/json" }),
      ...NO_STORE,
      "Idempotent-Replayed": "true",
    },
  });
}

/** A non-replayable answer is not stored (only its status): it holds a secret. */
async function runAndStore(id: string, run: () => Promise<Response>, storeBody: boolean): Promise<Response> {
  let response: Response;
  try {
    response = await run();
  } catch (error) {
    await db().apiIdempotencyKey.deleteMany({ where: { id } });
    throw error;
  }
  if (response.status >= 500) {
    await db().apiIdempotencyKey.deleteMany({ where: { id } });
    return response;
  }
  const text = await response.clone().text();
  const body = text === "" || !storeBody ? Prisma.DbNull : (JSON.parse(text) as Prisma.InputJsonValue);
  await db().apiIdempotencyKey.update({ where: { id }, data: { status: response.status, body } });
  return response;
}
