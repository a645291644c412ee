import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { AuthenticationError, AuthorizationError } from "@/lib/auth/errors";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";

/**
 * Authorization in one place. Two layers:
 * - `authorize*` / `canAccessLearner` take the user explicitly: pure decisions plus, for
 *   mentors, one lookup of the assignment. Tested directly.
 * - `require*` read the current user from the session and call the layer above. Server
 *   actions and route handlers use these; pages use lib/auth/page-guards.ts (redirect / 403).
 * Each throws AuthenticationError (guest) or AuthorizationError (wrong role / not theirs).
 */

export type LearnerAccess = { write?: boolean };

export function authorizeUser(user: CurrentUser | null): CurrentUser {
  if (!user) throw new AuthenticationError();
  return user;
}

export function authorizeRole(user: CurrentUser | null, roles: readonly Role[]): CurrentUser {
  const current = authorizeUser(user);
  if (!roles.includes(current.role)) throw new AuthorizationError();
  return current;
}

/** Whether `mentorId` is assigned to `learnerId` (one indexed lookup). */
export async function isAssignedMentor(mentorId: string, learnerId: string): Promise<boolean> {
  const assignment = await db().mentorAssignment.findUnique({
    where: { mentorId_learnerId: { mentorId, learnerId } },
    select: { id: true },
  });
  return assignment !== null;
}

/**
 * Who may see or change a learner's records:
 * - the learner themself: read and write;
 * - an admin: read and write;
 * - a mentor assigned to the learner: read only (mentors act through reviews, not edits).
 */
export async function canAccessLearner(
  user: CurrentUser | null,
  learnerId: string,
  { write = false }: LearnerAccess = {},
): Promise<boolean> {
  if (!user) return false;
  if (user.id === learnerId || user.role === "ADMIN") return true;
  if (user.role !== "MENTOR" || write) return false;
  return isAssignedMentor(user.id, learnerId);
}

export async function authorizeLearnerAccess(
  user: CurrentUser | null,
  learnerId: string,
  access: LearnerAccess = {},
): Promise<CurrentUser> {
  const current = authorizeUser(user);
  if (!(await canAccessLearner(current, learnerId, access))) throw new AuthorizationError();
  return current;
}

/** A mentor assigned to the learner, or an admin: reviewing and mentoring actions. */
export async function authorizeMentorOf(user: CurrentUser | null, learnerId: string): Promise<CurrentUser> {
  const current = authorizeRole(user, ["MENTOR", "ADMIN"]);
  if (current.role === "ADMIN") return current;
  if (!(await isAssignedMentor(current.id, learnerId))) throw new AuthorizationError();
  return current;
}

// ─── Session-reading variants for actions and route handlers ────────────────

export async function requireUser(): Promise<CurrentUser> {
  return authorizeUser(await getCurrentUser());
}

export async function requireRole(...roles: Role[]): Promise<CurrentUser> {
  return authorizeRole(await getCurrentUser(), roles);
}

export async function requireLearnerAccess(learnerId: string, access: LearnerAccess = {}): Promise<CurrentUser> {
  return authorizeLearnerAccess(await getCurrentUser(), learnerId, access);
}

export async function requireMentorOf(learnerId: string): Promise<CurrentUser> {
  return authorizeMentorOf(await getCurrentUser(), learnerId);
}
