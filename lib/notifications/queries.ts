import "server-only";
import { db } from "@/lib/db";
import { NOTIFICATIONS_PAGE_SIZE } from "@/lib/notifications/schema";

/** The bell's number: one indexed count (userId, readAt, createdAt). */
export async function unreadNotificationCount(userId: string): Promise<number> {
  return db().notification.count({ where: { userId, readAt: null } });
}

/** One page of the user's notifications, newest first, with the totals the list page needs. */
export async function listNotifications(userId: string, page: number) {
  const prisma = db();
  const where = { userId };
  const [total, unread] = await Promise.all([
    prisma.notification.count({ where }),
    prisma.notification.count({ where: { userId, readAt: null } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const items = await prisma.notification.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * NOTIFICATIONS_PAGE_SIZE,
    take: NOTIFICATIONS_PAGE_SIZE,
    select: { id: true, kind: true, title: true, body: true, href: true, readAt: true, createdAt: true },
  });
  return { items, total, unread, page: current, pageCount };
}
export type NotificationList = Awaited<ReturnType<typeof listNotifications>>;
export type NotificationItem = NotificationList["items"][number];

export async function getDigestSettings(userId: string) {
  return db().user.findUnique({ where: { id: userId }, select: { email: true, emailDigestOptOut: true } });
}
