import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/client";
import { canAccessLearner, type LearnerAccess } from "@/lib/auth/guards";
import { homePathFor } from "@/lib/auth/navigation";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";

/**
 * Guards for pages and layouts: a guest is sent to sign-in, a wrong role or someone else's
 * learner gets the 403 page (app/forbidden.tsx). The proxy already redirects guests from the
 * signed-in areas; these checks stay because the proxy only sees a cookie, not the database.
 */

function signInPath(callbackUrl?: string): string {
  return callbackUrl ? `/sign-in?${new URLSearchParams({ callbackUrl })}` : "/sign-in";
}

export async function requireUserOrRedirect(callbackUrl?: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInPath(callbackUrl));
  return user;
}

/**
 * The learner's own pages (dashboard, hours): a mentor or an admin who opens one is sent to
 * their own home page instead of a 403, since the link is one every role may follow.
 */
export async function requireLearnerOrRedirectHome(callbackUrl: string): Promise<CurrentUser> {
  const user = await requireUserOrRedirect(callbackUrl);
  if (user.role !== "LEARNER") redirect(homePathFor(user.role));
  return user;
}

export async function requireRoleOrForbidden(roles: readonly Role[], callbackUrl?: string): Promise<CurrentUser> {
  const user = await requireUserOrRedirect(callbackUrl);
  if (!roles.includes(user.role)) forbidden();
  return user;
}

export async function requireLearnerAccessOrForbidden(
  learnerId: string,
  access: LearnerAccess = {},
): Promise<CurrentUser> {
  const user = await requireUserOrRedirect();
  if (!(await canAccessLearner(user, learnerId, access))) forbidden();
  return user;
}
