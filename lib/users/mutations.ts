import "server-only";
import { ActionError } from "@/lib/actions/result";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { endAllSessions } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { Prisma, type Role } from "@/lib/generated/prisma/client";
import {
  ALREADY_ASSIGNED_MESSAGE,
  LAST_ADMIN_MESSAGE,
  MENTOR_ROLE_MESSAGE,
  NOT_ASSIGNED_MESSAGE,
  SELF_CHANGE_MESSAGE,
  SELF_MENTOR_MESSAGE,
} from "./schema";

type Tx = Prisma.TransactionClient;

/**
 * Prisma's defaults (2 s to get a connection, 5 s to finish) are tight on a busy machine, and
 * these transactions may queue behind another admin's row locks; waiting a little longer beats
 * a spurious "try again" on a rare admin action.
 */
const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;
type Actor = NonNullable<AuditActor>;
type LockedUser = { id: string; email: string; role: Role; deactivatedAt: Date | null };

const NOT_FOUND_MESSAGE = "That user no longer exists.";

/**
 * Locks every active admin row, in id order (so two transactions never deadlock), then the
 * target row. Two admins demoting each other at once: the second waits for the first to
 * commit, then PostgreSQL re-checks its WHERE against the committed row (READ COMMITTED),
 * sees one active admin left and refuses. Returns the target and the active admins' ids.
 */
async function lockForAdminChange(tx: Tx, userId: string): Promise<{ user: LockedUser; activeAdminIds: string[] }> {
  const admins = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND "deactivatedAt" IS NULL ORDER BY id FOR UPDATE`;
  const [user] = await tx.$queryRaw<LockedUser[]>`
    SELECT id, email, role::text AS role, "deactivatedAt" FROM "User" WHERE id = ${userId} FOR UPDATE`;
  if (!user) throw new ActionError(NOT_FOUND_MESSAGE);
  return { user, activeAdminIds: admins.map((a) => a.id) };
}

/** Refuses a change that would leave no active admin. */
function keepAnAdmin(user: LockedUser, activeAdminIds: readonly string[], stillActiveAdmin: boolean) {
  const isActiveAdmin = activeAdminIds.includes(user.id);
  if (isActiveAdmin && !stillActiveAdmin && activeAdminIds.length <= 1) throw new ActionError(LAST_ADMIN_MESSAGE);
}

/**
 * Changing your own role or status is refused (it locks an admin out mid-task; another admin
 * can do it if it is really meant), after the last-admin rule, which is the one that matters.
 */
function notSelf(actor: Actor, user: LockedUser) {
  if (actor.id === user.id) throw new ActionError(SELF_CHANGE_MESSAGE);
}

export async function changeRole(actor: Actor, userId: string, role: Role): Promise<{ changed: boolean }> {
  return db().$transaction(async (tx) => {
    const { user, activeAdminIds } = await lockForAdminChange(tx, userId);
    if (user.role === role) return { changed: false };
    keepAnAdmin(user, activeAdminIds, role === "ADMIN");
    notSelf(actor, user);
    await tx.user.update({ where: { id: userId }, data: { role } });
    // The new role applies on the next request anyway; ending the sessions makes the change
    // visible (the person signs in again) and leaves no session that predates it.
    await endAllSessions(tx, userId, "role-changed", actor);
    await recordAudit(tx, {
      actor,
      action: "user.role-changed",
      entityType: "User",
      entityId: userId,
      before: { email: user.email, role: user.role },
      after: { email: user.email, role },
    });
    return { changed: true };
  }, TX_OPTIONS);
}

/** Deactivated users are nobody to the guards (loadActiveUser) from their next request on. */
export async function setUserActive(actor: Actor, userId: string, active: boolean): Promise<{ changed: boolean }> {
  return db().$transaction(async (tx) => {
    const { user, activeAdminIds } = await lockForAdminChange(tx, userId);
    if ((user.deactivatedAt === null) === active) return { changed: false };
    keepAnAdmin(user, activeAdminIds, active);
    notSelf(actor, user);
    const deactivatedAt = active ? null : new Date();
    // Deactivation ends every session (and bumps sessionVersion), so reactivating the account
    // later does not revive a cookie issued before it: the person signs in again.
    await tx.user.update({
      where: { id: userId },
      data: active ? { deactivatedAt } : { deactivatedAt, sessionVersion: { increment: 1 } },
    });
    if (!active) await endAllSessions(tx, userId, "deactivated", actor);
    await recordAudit(tx, {
      actor,
      action: active ? "user.reactivated" : "user.deactivated",
      entityType: "User",
      entityId: userId,
      before: { email: user.email, deactivatedAt: user.deactivatedAt?.toISOString() ?? null },
      after: { email: user.email, deactivatedAt: deactivatedAt?.toISOString() ?? null },
    });
    return { changed: true };
  }, TX_OPTIONS);
}

/** The learner's mentors' emails, sorted: the before/after of an assignment's audit row. */
async function mentorEmails(tx: Tx, learnerId: string): Promise<string[]> {
  const rows = await tx.mentorAssignment.findMany({
    where: { learnerId },
    select: { mentor: { select: { email: true } } },
  });
  return rows.map((r) => r.mentor.email).sort();
}

export async function assignMentor(
  actor: Actor,
  { mentorId, learnerId }: { mentorId: string; learnerId: string },
): Promise<void> {
  if (mentorId === learnerId) throw new ActionError(SELF_MENTOR_MESSAGE, { mentorId: [SELF_MENTOR_MESSAGE] });
  await db().$transaction(async (tx) => {
    // Locks the mentor row so a concurrent demotion can't slip between the check and the insert.
    const [mentor] = await tx.$queryRaw<Array<{ role: Role; deactivatedAt: Date | null }>>`
      SELECT role::text AS role, "deactivatedAt" FROM "User" WHERE id = ${mentorId} FOR SHARE`;
    const learner = await tx.user.findUnique({ where: { id: learnerId }, select: { id: true } });
    if (!mentor || !learner) throw new ActionError(NOT_FOUND_MESSAGE);
    if ((mentor.role !== "MENTOR" && mentor.role !== "ADMIN") || mentor.deactivatedAt) {
      throw new ActionError(MENTOR_ROLE_MESSAGE, { mentorId: [MENTOR_ROLE_MESSAGE] });
    }
    const before = await mentorEmails(tx, learnerId);
    const created = await tx.mentorAssignment.createMany({ data: [{ mentorId, learnerId }], skipDuplicates: true });
    if (created.count === 0) throw new ActionError(ALREADY_ASSIGNED_MESSAGE, { mentorId: [ALREADY_ASSIGNED_MESSAGE] });
    await recordAudit(tx, {
      actor,
      action: "mentor.assigned",
      entityType: "User",
      entityId: learnerId,
      before: { mentors: before },
      after: { mentors: await mentorEmails(tx, learnerId) },
    });
  }, TX_OPTIONS);
}

export async function unassignMentor(
  actor: Actor,
  { mentorId, learnerId }: { mentorId: string; learnerId: string },
): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await mentorEmails(tx, learnerId);
    const deleted = await tx.mentorAssignment.deleteMany({ where: { mentorId, learnerId } });
    if (deleted.count === 0) throw new ActionError(NOT_ASSIGNED_MESSAGE);
    await recordAudit(tx, {
      actor,
      action: "mentor.unassigned",
      entityType: "User",
      entityId: learnerId,
      before: { mentors: before },
      after: { mentors: await mentorEmails(tx, learnerId) },
    });
  }, TX_OPTIONS);
}
