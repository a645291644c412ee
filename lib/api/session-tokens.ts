import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { parseInput, jsonBody, guarded, errorResponse } from "@/lib/api/handler";
import { withIdempotency } from "@/lib/api/idempotency";
import { json, problem } from "@/lib/api/problem";
import { isSameOriginRequest } from "@/lib/api/same-origin";
import { createTokenSchema } from "@/lib/api/schema";
import { createApiToken, tokenJson } from "@/lib/api/tokens";

/**
 * POST /api/v1/tokens: a token made by a signed-in browser session (the session cookie, not a
 * token), from this site only (same-origin.ts). Learners only, like the API it opens. The
 * answer carries the secret once; a replay of its Idempotency-Key cannot give it again (the
 * secret is not stored), so it is a 409 naming the token made.
 */
export async function createTokenFromSession(request: Request): Promise<Response> {
  try {
    if (!isSameOriginRequest(request, env().NEXTAUTH_URL))
      return problem(403, "Tokens are created from a signed-in page of this site (same-origin requests only).");
    const user = await getCurrentUser();
    if (!user) return problem(401, "Sign in to create a token.");
    if (user.role !== "LEARNER") return problem(403, "Only learners can create API tokens.");
    const body = await request.text();
    return await withIdempotency(
      request,
      user.id,
      body,
      () =>
        guarded(async () => {
          const input = parseInput(createTokenSchema, jsonBody(request, body));
          const { secret, row } = await createApiToken(user.id, input);
          return json({ token: secret, ...tokenJson(row) }, 201);
        }),
      {
        replayable: false,
        notReplayableMessage:
          "This Idempotency-Key already created a token, shown only once. See it (without the secret) on your account page.",
      },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
