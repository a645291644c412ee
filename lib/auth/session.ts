import "server-only";
import { getServerSession } from "next-auth";
import { connection } from "next/server";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";

/** The signed-in user as every guard, action and page sees it. */
export type CurrentUser = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  timeZone: string;
};

const currentUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  timeZone: true,
  deactivatedAt: true,
  sessionVersion: true,
} as const;

/**
 * The user a session points to, re-read from the database: a role change or a deactivation
 * takes effect on the very next request instead of when the session token expires.
 * Deleted or deactivated users are nobody, and so is a session signed before the password
 * last changed (`sessionVersion` given and older than the user's).
 */
export async function loadActiveUser(userId: string, sessionVersion?: number): Promise<CurrentUser | null> {
  const user = await db().user.findUnique({ where: { id: userId }, select: currentUserSelect });
  if (!user || user.deactivatedAt) return null;
  if (sessionVersion !== undefined && sessionVersion !== user.sessionVersion) return null;
  const { deactivatedAt: _deactivatedAt, sessionVersion: _version, ...current } = user;
  return current;
}

/** Who the (signed, encrypted) session cookie names, or null for a guest. */
async function sessionClaims(): Promise<{ userId: string; sessionVersion: number } | null> {
  // Per request, always: before anything reads configuration, so `next build` (which may run
  // without a database or secret) never tries to prerender a page that depends on a session.
  await connection();
  const session = await getServerSession(authOptions());
  const userId = session?.user?.id;
  return userId ? { userId, sessionVersion: session.user.sessionVersion ?? 0 } : null;
}

/**
 * The current user, once per request (React `cache`). Everything that asks "who is calling?"
 * goes through this one function, which is also the test seam: integration tests replace it
 * with `vi.mock("@/lib/auth/session", …)` to call actions as a given persona.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await sessionClaims();
  return claims ? loadActiveUser(claims.userId, claims.sessionVersion) : null;
});
