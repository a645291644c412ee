"use server";

import { revalidatePath } from "next/cache";
import { success } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/safe-action";
import { markAllNotificationsRead, markNotificationRead, setDigestOptOut } from "@/lib/notifications/mutations";
import {
  digestOptOutSchema,
  markAllNotificationsReadSchema,
  markNotificationReadSchema,
} from "@/lib/notifications/schema";

/**
 * Notification actions act on the signed-in user's own notifications and settings only: the
 * user id comes from the session, and every write is scoped by it in the WHERE clause.
 */

export const markNotificationReadAction = userAction({
  name: "notifications.markRead",
  schema: markNotificationReadSchema,
  handler: async ({ id }, user) => {
    await markNotificationRead(user.id, id);
    revalidatePath("/", "layout"); // the bell in the header shows the unread count
    return success();
  },
});

export const markAllNotificationsReadAction = userAction({
  name: "notifications.markAllRead",
  schema: markAllNotificationsReadSchema,
  handler: async (_input, user) => {
    const count = await markAllNotificationsRead(user.id);
    revalidatePath("/", "layout");
    return success({ count }, count === 0 ? "Nothing was unread." : `Marked ${count} as read.`);
  },
});

export const setDigestOptOutAction = userAction({
  name: "notifications.setDigestOptOut",
  schema: digestOptOutSchema,
  handler: async ({ optOut }, user) => {
    await setDigestOptOut(user.id, optOut);
    revalidatePath("/account/notifications");
    return success(
      { optOut },
      optOut
        ? "You won't get the daily email any more."
        : "You'll get a daily email when something is waiting for you.",
    );
  },
});
