import "server-only";
import type { Role } from "@/lib/generated/prisma/client";
import { AuthenticationError, AuthorizationError } from "@/lib/auth/errors";
import { requireRole } from "@/lib/auth/guards";
import type { CurrentUser } from "@/lib/auth/session";

export const NO_STORE = { "Cache-Control": "no-store" };

/**
 * The route-handler form of `requireRole`: the signed-in user, or the answer to send instead
 * (401 signed out, 403 wrong role, never cached). One place, so every export route refuses alike.
 */
export async function routeUserWithRole(...roles: Role[]): Promise<{ user: CurrentUser } | { refused: Response }> {
  try {
    return { user: await requireRole(...roles) };
  } catch (error) {
    if (error instanceof AuthenticationError)
      return { refused: Response.json({ error: error.message }, { status: 401, headers: NO_STORE }) };
    if (error instanceof AuthorizationError)
      return { refused: Response.json({ error: error.message }, { status: 403, headers: NO_STORE }) };
    throw error;
  }
}
