import "server-only";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { problem } from "@/lib/api/problem";
import { isOverLimit, RATE_LIMIT_PER_MINUTE, rateWindowStart, retryAfterSeconds } from "@/lib/api/rate-limit";
import { bearerToken, hashTokenSecret } from "@/lib/api/token-secret";

/**
 * Who calls the public API: the owner of the personal access token in `Authorization: Bearer`.
 * Refused with 401 when the token is missing, unknown, revoked (by its owner or by a password
 * change) or expired, or its account is deactivated (checked here on every request, as
 * sessions are: loadActiveUser); 403 for a user who is not a learner (the API reaches a
 * learner's own records only) and for a read-only token sent to write; 429 past the rate limit.
 */

export type ApiCaller = {
  user: CurrentUser;
  token: { id: string; name: string; scope: "READ" | "READ_WRITE"; expiresAt: Date | null };
};

const challenge = { "WWW-Authenticate": 'Bearer realm="skilltrail"' };
const unauthorized = (detail: string) => problem(401, detail, { headers: challenge });

export async function authenticateApi(
  request: Request,
  { write }: { write: boolean },
  now = new Date(),
): Promise<ApiCaller | Response> {
  const secret = bearerToken(request.headers.get("authorization"));
  if (!secret) return unauthorized("Send a personal access token as “Authorization: Bearer <token>”.");
  const token = await db().apiToken.findUnique({
    where: { tokenHash: hashTokenSecret(secret) },
    select: { id: true, userId: true, name: true, scope: true, expiresAt: true, revokedAt: true },
  });
  if (!token) return unauthorized("This token is not valid. Create one on your account page.");
  if (token.revokedAt) return unauthorized("This token was revoked. Create a new one on your account page.");
  if (token.expiresAt && token.expiresAt <= now)
    return unauthorized("This token has expired. Create a new one on your account page.");
  const user = await loadActiveUser(token.userId);
  if (!user) return unauthorized("The account of this token is deactivated.");

  const window = rateWindowStart(now);
  // One statement for the count and the last use; the row lock serialises concurrent requests.
  const [counted] = await db().$queryRaw<Array<{ count: number }>>`
    UPDATE "ApiToken" SET
      "lastUsedAt" = ${now},
      "rateCount" = CASE WHEN "rateWindowStart" = ${window} THEN "rateCount" + 1 ELSE 1 END,
      "rateWindowStart" = ${window}
    WHERE "id" = ${token.id}
    RETURNING "rateCount" AS count`;
  if (isOverLimit(counted?.count ?? 0)) {
    return problem(429, `This token made more than ${RATE_LIMIT_PER_MINUTE} requests this minute. Wait and retry.`, {
      headers: { "Retry-After": String(retryAfterSeconds(now)) },
    });
  }
  if (user.role !== "LEARNER")
    return problem(403, "The API reaches a learner's own records: this account is not a learner's.");
  if (write && token.scope !== "READ_WRITE")
    return problem(403, "This token is read-only. Create a READ_WRITE token to change records.");
  const { userId: _userId, revokedAt: _revokedAt, ...rest } = token;
  return { user, token: rest };
}
