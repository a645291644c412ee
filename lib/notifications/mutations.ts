import "server-only";
import { ActionError } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { activeMentorWhere } from "@/lib/mentor/reviewers";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationKind } from "@/lib/notifications/schema";

type Tx = Prisma.TransactionClient;

export type NotificationMessage = {
  kind: NotificationKind;
  title: string;
  body: string;
  /** Where the notification leads, an app path such as "/mentor/reviews/abc". */
  href?: string | null;
};

const TITLE_MAX = 200;
const BODY_MAX = 600;

/** Shortens free text (a comment, a summary) for a notification, on a word boundary. */
export function excerpt(text: string, max = BODY_MAX): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/**
 * Writes one notification per recipient. Call it with the transaction client of the event it
 * announces (a submission, a review, a comment), so the event and its notifications commit or
 * roll back together: nobody is told about a review that did not happen. Duplicate recipient
 * ids are written once; the actor is never notified of their own action.
 */
export async function notify(
  tx: Pick<Tx, "notification">,
  recipientIds: readonly string[],
  message: NotificationMessage,
  options: { exceptUserId?: string } = {},
): Promise<number> {
  const userIds = [...new Set(recipientIds)].filter((id) => id !== options.exceptUserId);
  if (userIds.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: userIds.map((userId) => ({
      userId,
      kind: message.kind,
      title: excerpt(message.title, TITLE_MAX),
      body: excerpt(message.body),
      href: message.href ?? null,
    })),
  });
  return count;
}

/**
 * Who reviews a learner's work: their assigned mentors who are still active, or, for a learner
 * without one, every active admin (the admin queue is where unmentored work waits).
 */
export async function reviewersOf(tx: Pick<Tx, "mentorAssignment" | "user">, learnerId: string): Promise<string[]> {
  const mentors = await tx.mentorAssignment.findMany({
    where: activeMentorWhere(learnerId),
    select: { mentorId: true },
  });
  if (mentors.length > 0) return mentors.map((m) => m.mentorId);
  const admins = await tx.user.findMany({ where: { role: "ADMIN", deactivatedAt: null }, select: { id: true } });
  return admins.map((a) => a.id);
}

/** Marks one of the user's own notifications read; someone else's id finds nothing. */
export async function markNotificationRead(userId: string, id: string, now = new Date()): Promise<void> {
  const prisma = db();
  const { count } = await prisma.notification.updateMany({
    where: { id, userId, readAt: null },
    data: { readAt: now },
  });
  if (count === 1) return;
  // Already read is fine (a second click, another tab); gone or not theirs is not.
  const exists = await prisma.notification.findFirst({ where: { id, userId }, select: { id: true } });
  if (!exists) throw new ActionError("That notification no longer exists.");
}

export async function markAllNotificationsRead(userId: string, now = new Date()): Promise<number> {
  const { count } = await db().notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
  return count;
}

export async function setDigestOptOut(userId: string, optOut: boolean): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { emailDigestOptOut: optOut }, select: { id: true } });
}
