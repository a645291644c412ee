import { z } from "zod";
import { booleanField, hiddenIdField, searchParam } from "@/lib/validation/fields";

/** One zod schema per input, shared by the notification forms and the server actions. */

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** What a notification is about; stored as text so new kinds need no migration. */
export const NOTIFICATION_KINDS = {
  submitted: "submission.submitted",
  resubmitted: "submission.resubmitted",
  approved: "review.approved",
  changesRequested: "review.changes-requested",
  comment: "review.comment",
  projectApproved: "project.approved",
  /** Made by the daily digest for a learner behind their weekly goal (goal-reminder.ts). */
  goalBehind: "goal.behind",
} as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[keyof typeof NOTIFICATION_KINDS];

export const markNotificationReadSchema = z.object({ id: hiddenIdField("notification") });

export const markAllNotificationsReadSchema = z.object({});

/** `optOut: true` stops the daily email. Form posts send "true" / "false" as text. */
export const digestOptOutSchema = z.object({
  optOut: booleanField("Choose whether to receive the daily email."),
});
export type DigestOptOutInput = z.infer<typeof digestOptOutSchema>;

/** `?page=` of the list page: a positive integer, anything else is page 1. */
export const pageParamSchema = searchParam.page();
