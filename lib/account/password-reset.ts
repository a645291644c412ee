import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { sendPasswordResetEmail } from "@/lib/mail";
import { INVALID_RESET_LINK_MESSAGE, PASSWORD_IS_EMAIL_MESSAGE, type PasswordResetInput } from "@/lib/auth/schema";
import { ActionError } from "@/lib/actions/result";
import { hashPassword } from "@/lib/auth/password";
import { endAllSessions } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * Password reset by link. The link carries 32 random bytes; the database keeps only their
 * SHA-256, so a leaked database (or backup) cannot be used to reset anyone's password. A token
 * lasts an hour, works once, and a newer one (or a password change) replaces older ones.
 */
export const RESET_TOKEN_TTL_MS = 60 * 60_000;
/** More requests than this per user within the TTL send nothing (mailbox flooding). */
export const MAX_RESET_REQUESTS_PER_TTL = 3;

export function hashResetToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates a token for the user, invalidating their earlier ones; returns the raw token. */
export async function createPasswordResetToken(userId: string, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db().$transaction([
    db().passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } }),
    db().passwordResetToken.create({
      data: {
        userId,
        tokenHash: hashResetToken(token),
        createdAt: now,
        expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS),
      },
    }),
  ]);
  return token;
}

export function resetLink(token: string): string {
  return new URL(`/reset-password?${new URLSearchParams({ token })}`, env().NEXTAUTH_URL).toString();
}

export type DeliverResetLink = (to: string, link: string) => Promise<void>;

/**
 * Sends a reset link if an active account with a password or an OAuth login has this email.
 * Says nothing about whether it did: the caller shows the same message either way.
 */
export async function requestPasswordReset(
  email: string,
  deliver: DeliverResetLink = sendPasswordResetEmail,
  now = new Date(),
): Promise<void> {
  const user = await db().user.findUnique({ where: { email }, select: { id: true, email: true, deactivatedAt: true } });
  if (!user || user.deactivatedAt) return;
  const recent = await db().passwordResetToken.count({
    where: { userId: user.id, createdAt: { gt: new Date(now.getTime() - RESET_TOKEN_TTL_MS) } },
  });
  if (recent >= MAX_RESET_REQUESTS_PER_TTL) return;
  const token = await createPasswordResetToken(user.id, now);
  await deliver(user.email, resetLink(token));
}

/**
 * Sets a new password from a reset token. The token is claimed with a conditional update
 * (unused and unexpired), so two simultaneous uses cannot both succeed.
 */
export async function resetPassword(input: PasswordResetInput, now = new Date()): Promise<{ email: string }> {
  const tokenHash = hashResetToken(input.token);
  const row = await db().passwordResetToken.findUnique({
    where: { tokenHash },
    select: { id: true, userId: true, user: { select: { email: true, deactivatedAt: true } } },
  });
  if (!row || row.user.deactivatedAt) throw new ActionError(INVALID_RESET_LINK_MESSAGE);
  if (input.password.trim().toLowerCase() === row.user.email) {
    throw new ActionError(PASSWORD_IS_EMAIL_MESSAGE, { password: [PASSWORD_IS_EMAIL_MESSAGE] });
  }
  const passwordHash = await hashPassword(input.password);

  await db().$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw new ActionError(INVALID_RESET_LINK_MESSAGE);
    // Whoever knew the old password is signed out everywhere.
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await tx.passwordResetToken.deleteMany({ where: { userId: row.userId, id: { not: row.id } } });
    await endAllSessions(tx, row.userId, "password-changed", { id: row.userId, email: row.user.email });
    // The owner proved control of the mailbox: earlier failures should not keep them out.
    await tx.signInAttempt.deleteMany({ where: { email: row.user.email, succeeded: false } });
  });
  return { email: row.user.email };
}
