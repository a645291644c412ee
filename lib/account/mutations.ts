import "server-only";
import type { ChangePasswordInput, ColorSchemeInput, DeleteAccountInput, ProfileInput } from "@/lib/account/schema";
import { PASSWORD_IS_EMAIL_MESSAGE } from "@/lib/auth/schema";
import { ActionError } from "@/lib/actions/result";
import { externalFilesOf, purgeFiles } from "@/lib/attachments/mutations";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { guardPasswordCheck, type GuardOptions } from "@/lib/auth/rate-limit";
import { endAllSessions } from "@/lib/auth/sessions";
import { rateLimitedMessage } from "@/lib/auth/sign-in-errors";
import { db } from "@/lib/db";

export async function updateProfile(userId: string, input: ProfileInput) {
  return db().user.update({
    where: { id: userId },
    data: { name: input.name, timeZone: input.timeZone, timeZoneSetAt: new Date() },
    select: { name: true, timeZone: true },
  });
}

/** Not audited, like the rest of the profile: it changes how pages look to this user alone. */
export async function setColorScheme(userId: string, { colorScheme }: ColorSchemeInput) {
  return db().user.update({ where: { id: userId }, data: { colorScheme }, select: { colorScheme: true } });
}

/**
 * Sets the browser's time zone on an account whose zone was never set (an OAuth sign-up, or a
 * sign-up without script), and only then: a zone someone chose is never overridden. Returns
 * the account's zone afterwards.
 */
export async function setBrowserTimeZone(userId: string, timeZone: string, now = new Date()): Promise<string> {
  const prisma = db();
  await prisma.user.updateMany({ where: { id: userId, timeZoneSetAt: null }, data: { timeZone, timeZoneSetAt: now } });
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
  return user.timeZone;
}

export const WRONG_CURRENT_PASSWORD_MESSAGE = "Your current password is not correct.";
export const NOT_YOUR_PASSWORD_MESSAGE = "This is not your current password.";

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
  await checkCurrentPassword(userId, user.email, currentHash, input.currentPassword, ip, options, "currentPassword");
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

/**
 * Checks the signed-in user's password under the sign-in limits (lib/auth/rate-limit.ts),
 * auditing failures and refusals; throws the form's message, on `field`, when it is wrong.
 */
async function checkCurrentPassword(
  userId: string,
  email: string,
  passwordHash: string,
  password: string,
  ip: string | null,
  options: GuardOptions,
  field: string,
): Promise<void> {
  const actor = { id: userId, email };
  const checked = await guardPasswordCheck(
    email,
    ip,
    async () => password !== "" && (await verifyPassword(passwordHash, password)),
    options,
  );
  if (checked.ok) return;
  const limited = checked.reason === "rate_limited";
  await recordAudit(db(), {
    actor,
    action: limited ? "auth.password-check-limited" : "auth.password-check-failed",
    entityType: "User",
    entityId: userId,
    after: limited ? { ip, retryAfterMinutes: checked.retryAfterMinutes } : { ip },
  });
  if (limited) throw new ActionError(rateLimitedMessage(checked.retryAfterMinutes));
  throw new ActionError(WRONG_CURRENT_PASSWORD_MESSAGE, { [field]: [NOT_YOUR_PASSWORD_MESSAGE] });
}

/** "Sign out everywhere": ends every session of the user, this device's included. */
export async function signOutEverywhere(user: { id: string; email: string }): Promise<number> {
  return db().$transaction((tx) => endAllSessions(tx, user.id, "sign-out-everywhere", user));
}

export const DELETE_CONFIRMATION_MESSAGE = "Type your email address exactly as shown to confirm.";

/**
 * Deletes the account and, through the schema's cascades, everything that belongs to it:
 * enrollments, time entries, progress, submissions with their versions, reviews and the
 * comments mentors wrote on them, attached files (their bytes too, in PostgreSQL or an S3-compatible
 * store), quiz attempts, notifications, mentor assignments. Rows the
 * user wrote on other people's work keep their text and lose the author (ON DELETE SET NULL).
 * The audit row outlives the account (no foreign key) and keeps who it was.
 */
export async function deleteAccount(
  userId: string,
  { confirmEmail, password }: DeleteAccountInput,
  ip: string | null,
  options: GuardOptions = {},
): Promise<void> {
  // A session alone (a borrowed laptop) must not be enough: an account with a password asks
  // for it, checked under the same limits as sign-in. (Accounts that sign in with GitHub or
  // Google only have none to ask for; the typed email is their confirmation.)
  const owner = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, passwordHash: true },
  });
  if (confirmEmail !== owner.email) {
    throw new ActionError(DELETE_CONFIRMATION_MESSAGE, { confirmEmail: [DELETE_CONFIRMATION_MESSAGE] });
  }
  if (owner.passwordHash)
    await checkCurrentPassword(userId, owner.email, owner.passwordHash, password ?? "", ip, options, "password");
  const externalFiles = await db().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { id: true, email: true, role: true },
    });
    // The email cannot change between the check above and here (no action changes it).
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
    // Attachments kept outside PostgreSQL are read before the cascade removes their rows.
    const files = await externalFilesOf(tx, user.id);
    await tx.user.delete({ where: { id: user.id } });
    return files;
  });
  // The cascade deleted the rows and the bytes kept in PostgreSQL; objects in an S3-compatible
  // store go now. A failure is logged, not shown: the account is already gone.
  await purgeFiles(externalFiles).catch((error) => console.error("[account] attachment purge failed", error));
}
