import "server-only";
import { randomBytes } from "node:crypto";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "@/lib/auth/config";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Server-side sessions behind the JWT cookie. The cookie is still next-auth's encrypted JWT,
 * but it now names a `Session` row (`sid`); every request checks that row together with the
 * user (lib/auth/session.ts). Deleting the row ends the session at once, wherever the cookie
 * is: a cookie copied before sign-out names nothing. Rows are deleted on sign-out, by "sign out
 * everywhere", and when an admin deactivates an account or changes its role; a password change
 * or reset deletes them too (and bumps `sessionVersion`, which keeps working as before).
 */

type Tx = Pick<Prisma.TransactionClient, "session" | "auditLog" | "apiToken" | "$queryRaw">;

const MAX_AGE_MS = SESSION_MAX_AGE_SECONDS * 1000;

export type SessionEndReason = "sign-out" | "sign-out-everywhere" | "deactivated" | "role-changed" | "password-changed";

/** A new session row for a user signing in; returns the id the JWT carries. */
export async function createSession(userId: string, now = new Date()): Promise<string> {
  const sessionToken = randomBytes(32).toString("base64url");
  await db().session.create({ data: { sessionToken, userId, expires: new Date(now.getTime() + MAX_AGE_MS) } });
  // Expired rows matter to nobody; clearing this user's keeps the table small without a job.
  await db().session.deleteMany({ where: { userId, expires: { lt: now } } });
  return sessionToken;
}

/**
 * The session row's user id if it exists and has not expired. Its expiry slides forward (at
 * most once per SESSION_UPDATE_AGE_SECONDS, one UPDATE a day per device) while it is used,
 * mirroring the cookie's renewal in proxy.ts.
 */
export async function activeSessionUserId(sessionToken: string, now = new Date()): Promise<string | null> {
  const row = await db().session.findUnique({ where: { sessionToken }, select: { userId: true, expires: true } });
  if (!row || row.expires <= now) return null;
  if (row.expires.getTime() - now.getTime() < MAX_AGE_MS - SESSION_UPDATE_AGE_SECONDS * 1000) {
    await db().session.updateMany({
      where: { sessionToken },
      data: { expires: new Date(now.getTime() + MAX_AGE_MS) },
    });
  }
  return row.userId;
}

/** Ends one session (sign-out). Returns whether it still existed. */
export async function endSession(sessionToken: string, actor: AuditActor): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const ended = await tx.session.deleteMany({ where: { sessionToken } });
    if (ended.count > 0 && actor) await auditEnded(tx, actor, actor.id, "sign-out", ended.count);
    return ended.count > 0;
  });
}

/**
 * Ends every session of `userId`. Pass the transaction of the change that causes it
 * (deactivation, role change), so both commit together.
 */
export async function endAllSessions(
  tx: Tx,
  userId: string,
  reason: SessionEndReason,
  actor: AuditActor,
): Promise<number> {
  const ended = await tx.session.deleteMany({ where: { userId } });
  // Whoever knew the old password may have made API tokens with it: they die with the password.
  if (reason === "password-changed")
    await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  await auditEnded(tx, actor, userId, reason, ended.count);
  return ended.count;
}

async function auditEnded(tx: Tx, actor: AuditActor, userId: string, reason: SessionEndReason, count: number) {
  await recordAudit(tx, {
    actor,
    action: reason === "sign-out" ? "session.ended" : "session.all-ended",
    entityType: "User",
    entityId: userId,
    after: { reason, sessions: count },
  });
}
