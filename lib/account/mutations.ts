import "server-only";
import type { ChangePasswordInput, ProfileInput } from "@/lib/account/schema";
import { PASSWORD_IS_EMAIL_MESSAGE } from "@/lib/auth/schema";
import { ActionError } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { guardPasswordCheck, type GuardOptions } from "@/lib/auth/rate-limit";
import { endAllSessions } from "@/lib/auth/sessions";
import { rateLimitedMessage } from "@/lib/auth/sign-in-errors";
import { db } from "@/lib/db";

export async function updateProfile(userId: string, input: ProfileInput) {
  return db().user.update({
    where: { id: userId },
    data: { name: input.name, timeZone: input.timeZone },
    select: { name: true, timeZone: true },
  });
}

export const WRONG_CURRENT_PASSWORD_MESSAGE = "Your current password is not correct.";

/**
 * Changes the password after checking the current one under the same limits as sign-in
 * (lib/auth/rate-limit.ts): a stolen session cannot be used to guess the password. Every
 * session of the user ends, this one included (the form sends them to sign in again).
 */
export async function changePassword(
  userId: string,
  input: ChangePasswordInput,
  ip: string | null,
  options: GuardOptions = {},
): Promise<void> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, passwordHash: true },
  });
  const { passwordHash: currentHash } = user;
  if (!currentHash) {
    throw new ActionError(
      "Your account signs in with GitHub or Google and has no password yet. Use “Forgot password” on the sign-in page to set one.",
    );
  }
  const checked = await guardPasswordCheck(
    user.email,
    ip,
    () => verifyPassword(currentHash, input.currentPassword),
    options,
  );
  if (!checked.ok && checked.reason === "rate_limited") {
    await recordAudit(db(), {
      actor: { id: userId, email: user.email },
      action: "auth.password-check-limited",
      entityType: "User",
      entityId: userId,
      after: { ip, retryAfterMinutes: checked.retryAfterMinutes },
    });
    throw new ActionError(rateLimitedMessage(checked.retryAfterMinutes));
  }
  if (!checked.ok) {
    await recordAudit(db(), {
      actor: { id: userId, email: user.email },
      action: "auth.password-check-failed",
      entityType: "User",
      entityId: userId,
      after: { ip },
    });
    throw new ActionError(WRONG_CURRENT_PASSWORD_MESSAGE, {
      currentPassword: ["This is not your current password."],
    });
  }
  if (input.newPassword.trim().toLowerCase() === user.email) {
    throw new ActionError(PASSWORD_IS_EMAIL_MESSAGE, { newPassword: [PASSWORD_IS_EMAIL_MESSAGE] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db().$transaction(async (tx) => {
    // Signed-in sessions elsewhere (a lost laptop, a shared computer) end with the old password.
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    // A reset link requested before the change must not undo it.
    await tx.passwordResetToken.deleteMany({ where: { userId } });
    const actor = { id: userId, email: user.email };
    await recordAudit(tx, { actor, action: "account.password-changed", entityType: "User", entityId: userId });
    await endAllSessions(tx, userId, "password-changed", actor);
  });
}

/** "Sign out everywhere": ends every session of the user, this device's included. */
export async function signOutEverywhere(user: { id: string; email: string }): Promise<number> {
  return db().$transaction((tx) => endAllSessions(tx, user.id, "sign-out-everywhere", user));
}

export const DELETE_CONFIRMATION_MESSAGE = "Type your email address exactly as shown to confirm.";

/**
 * Deletes the account and, through the schema's cascades, everything that belongs to it:
 * enrollments, time entries, progress, submissions with their versions, reviews and the
 * comments mentors wrote on them, quiz attempts, notifications, mentor assignments. Rows the
 * user wrote on other people's work keep their text and lose the author (ON DELETE SET NULL).
 * The audit row outlives the account (no foreign key) and keeps who it was.
 */
export async function deleteAccount(userId: string, confirmEmail: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { id: true, email: true, role: true },
    });
    if (confirmEmail !== user.email) {
      throw new ActionError(DELETE_CONFIRMATION_MESSAGE, { confirmEmail: [DELETE_CONFIRMATION_MESSAGE] });
    }
    if (user.role === "ADMIN") {
      const otherAdmins = await tx.user.count({ where: { role: "ADMIN", deactivatedAt: null, id: { not: user.id } } });
      if (otherAdmins === 0)
        throw new ActionError("You are the only admin. Make someone else an admin before deleting your account.");
    }
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: "account.deleted",
      entityType: "User",
      entityId: user.id,
      before: { role: user.role },
    });
    await tx.signInAttempt.deleteMany({ where: { email: user.email } });
    await tx.user.delete({ where: { id: user.id } });
  });
}
