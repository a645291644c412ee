import "server-only";
import type { SignUpInput } from "@/lib/auth/schema";
import { ActionError } from "@/lib/actions/result";
import { createLearnerAccount } from "@/lib/auth/new-account";
import { acceptInvitation, checkInvitation } from "@/lib/cohorts/invitations";
import { hashPassword } from "@/lib/auth/password";
import { recordAttempt } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { plural } from "@/lib/ui/format";

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export const SIGN_UP_WINDOW_MS = 60 * 60_000;

export const signUpLimitedMessage = (minutes: number) =>
  `Too many accounts were created from your network. Try again in ${plural(minutes, "minute")}.`;

/** Tells the owner of an existing account that someone tried to sign up with their email. */
export type NotifyExistingAccount = (email: string) => Promise<void> | void;

/**
 * Creates a learner account. The answer is the same whether or not the email already has an
 * account, so the form cannot be used to find out who is registered: for an existing email
 * nothing is created and its owner is told by email instead (`notifyExisting`); either way the
 * caller sends the person to sign in. A password is hashed in both cases, so both take as
 * long. At most SIGN_UPS_PER_ADDRESS_PER_HOUR sign-ups are accepted from one client address
 * per hour (counted in SignInAttempt, kind SIGN_UP, so the limit holds across servers).
 * With a cohort invitation's token (`?invite=` on the page), the new account joins that
 * cohort in the same transaction; an existing email is answered the same way as without one.
 */
export async function signUp(
  input: SignUpInput & { timeZone?: string | null },
  ip: string | null,
  notifyExisting: NotifyExistingAccount,
  now = new Date(),
): Promise<{ email: string }> {
  if (ip) {
    const windowStart = new Date(now.getTime() - SIGN_UP_WINDOW_MS);
    const recent = await db().signInAttempt.findMany({
      where: { kind: "SIGN_UP", ip, createdAt: { gt: windowStart } },
      orderBy: { createdAt: "desc" },
      take: env().SIGN_UPS_PER_ADDRESS_PER_HOUR,
      select: { createdAt: true },
    });
    const oldest = recent.at(-1);
    if (oldest && recent.length >= env().SIGN_UPS_PER_ADDRESS_PER_HOUR) {
      const waitMs = oldest.createdAt.getTime() + SIGN_UP_WINDOW_MS - now.getTime();
      throw new ActionError(signUpLimitedMessage(Math.max(1, Math.ceil(waitMs / 60_000))));
    }
  }
  await recordAttempt(input.email, ip, now, "SIGN_UP");
  const passwordHash = await hashPassword(input.password);
  try {
    const { invite } = input;
    await createLearnerAccount(
      {
        email: input.email,
        name: input.name,
        passwordHash,
        // The browser's zone, when it sent a known one; else UTC until the first signed-in page.
        ...(input.timeZone ? { timeZone: input.timeZone, timeZoneSetAt: now } : {}),
      },
      // An invitation joins its cohort in the account's transaction; one that no longer
      // works (expired, used, revoked, for another email) leaves a plain new account.
      invite ? (tx, user) => acceptInvitation(tx, invite, user, now) : undefined,
    );
  } catch (error) {
    // The unique index decides, so two simultaneous sign-ups with one email cannot both win.
    if (!isUniqueViolation(error)) throw error;
    await notifyExisting(input.email);
  }
  return { email: input.email };
}

/** What the sign-up page says about an invitation link (lib/cohorts/invitations.ts decides). */
export const invitationForSignUp = (token: string) => checkInvitation(token);
