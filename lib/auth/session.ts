import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { connection } from "next/server";
import { cache } from "react";
import { sessionCookieName } from "@/lib/auth/config";
import { activeSessionUserId } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/client";
import { toColorScheme, type ColorScheme } from "@/lib/ui/color-scheme";

/** The signed-in user as every guard, action and page sees it. */
export type CurrentUser = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  timeZone: string;
  /** Read with the user so the root layout sets the page's scheme without another query. */
  colorScheme: ColorScheme;
  /** False while the zone is only the default: the first signed-in page sets it from the browser. */
  timeZoneSet: boolean;
};

const currentUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  timeZone: true,
  colorScheme: true,
  timeZoneSetAt: true,
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
  const { deactivatedAt: _deactivatedAt, sessionVersion: _version, colorScheme, timeZoneSetAt, ...current } = user;
  return { ...current, colorScheme: toColorScheme(colorScheme), timeZoneSet: timeZoneSetAt !== null };
}

/** What the session cookie (a next-auth JWT) claims: the user, the password version, the session row. */
export type SessionClaims = { sub?: string | null; sv?: number; sid?: string };

/**
 * The user a session cookie's claims name, or null when the session has ended: its row
 * (lib/auth/sessions.ts) is gone or expired, it belongs to someone else, the password changed
 * since it was signed, or the user is deactivated or deleted. A token without a session id
 * (issued before sessions were kept on the server) names nobody.
 */
export async function loadSessionUser(claims: SessionClaims | null | undefined): Promise<CurrentUser | null> {
  if (!claims?.sub || !claims.sid) return null;
  const owner = await activeSessionUserId(claims.sid);
  if (owner !== claims.sub) return null;
  return loadActiveUser(claims.sub, claims.sv ?? 0);
}

/** The claims of the request's session cookie, decoded (and so verified) with the secret. */
async function sessionClaims(): Promise<SessionClaims | null> {
  // Per request, always: before anything reads configuration, so `next build` (which may run
  // without a database or secret) never tries to prerender a page that depends on a session.
  await connection();
  const cookie = (await cookies()).get(sessionCookieName())?.value;
  if (!cookie) return null;
  try {
    return await decode({ token: cookie, secret: authSecret() });
  } catch {
    return null; // tampered, or signed with another secret: a guest
  }
}

/**
 * The current user, once per request (React `cache`). Everything that asks "who is calling?"
 * goes through this one function, which is also the test seam: integration tests replace it
 * with `vi.mock("@/lib/auth/session", …)` to call actions as a given persona.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => loadSessionUser(await sessionClaims()));
