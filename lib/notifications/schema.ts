import { z } from "zod";

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
} as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[keyof typeof NOTIFICATION_KINDS];

const id = (what: string) =>
  z
    .string({ error: `Missing ${what}.` })
    .trim()
    .min(1, { error: `Missing ${what}.` })
    .max(64);

export const markNotificationReadSchema = z.object({ id: id("notification") });

export const markAllNotificationsReadSchema = z.object({});

/** `optOut: true` stops the daily email. Form posts send "true" / "false" as text. */
export const digestOptOutSchema = z.object({
  optOut: z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")], {
    error: "Choose whether to receive the daily email.",
  }),
});
export type DigestOptOutInput = z.infer<typeof digestOptOutSchema>;

/** `?page=` of the list page: a positive integer, anything else is page 1. */
export const pageParamSchema = z.coerce.number().int().min(1).max(10_000).catch(1);
