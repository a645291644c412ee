import "server-only";
import type { ChangePasswordInput, ProfileInput } from "@/lib/account/schema";
import { PASSWORD_IS_EMAIL_MESSAGE } from "@/lib/auth/schema";
import { ActionError } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";

export async function updateProfile(userId: string, input: ProfileInput) {
  return db().user.update({
    where: { id: userId },
    data: { name: input.name, timeZone: input.timeZone },
    select: { name: true, timeZone: true },
  });
}

export async function changePassword(userId: string, input: ChangePasswordInput): Promise<void> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, passwordHash: true },
  });
  if (!user.passwordHash) {
    throw new ActionError(
      "Your account signs in with GitHub or Google and has no password yet. Use “Forgot password” on the sign-in page to set one.",
    );
  }
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ActionError("Your current password is not correct.", {
      currentPassword: ["This is not your current password."],
    });
  }
  if (input.newPassword.trim().toLowerCase() === user.email) {
    throw new ActionError(PASSWORD_IS_EMAIL_MESSAGE, { newPassword: [PASSWORD_IS_EMAIL_MESSAGE] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db().$transaction([
    // Signed-in sessions elsewhere (a lost laptop, a shared computer) end with the old password.
    db().user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } }),
    // A reset link requested before the change must not undo it.
    db().passwordResetToken.deleteMany({ where: { userId } }),
  ]);
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
