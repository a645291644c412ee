import "server-only";
import type { Transporter } from "nodemailer";
import { sendMail, smtpTransport } from "@/lib/mail";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createGoalReminder } from "@/lib/notifications/goal-reminder";

/**
 * The daily email digest: one email per user listing their unread notifications that were
 * never emailed. Run once a day by the scheduler through /api/cron/digest (docs/notifications.md).
 *
 * Rules, per user:
 * - only users who have not opted out (User.emailDigestOptOut) and are not deactivated;
 * - only notifications unread, never emailed, and at least MIN_AGE old: something the user
 *   saw in the app within the hour needs no email;
 * - a learner behind their weekly goal gets a reminder in it, even with nothing else unread
 *   (goal-reminder.ts; "behind" is defined in docs/proficiency.md), under the same opt-out;
 * - at most one digest per MIN_GAP. "The last digest" is the newest Notification.emailedAt,
 *   so no extra table is needed. The gap is 23 h rather than 24 h because a daily scheduler
 *   fires at about the same time each day: with a strict 24 h, a run a few seconds earlier
 *   than yesterday's would skip the user, who would then get a digest every other day.
 * Claiming is serialized per user (a row lock on the User row), so two overlapping runs
 * cannot both email the same person; if sending fails, the claim is released for the next run.
 */

export const DIGEST_MIN_AGE_MS = 60 * 60 * 1000;
export const DIGEST_MIN_GAP_MS = 23 * 60 * 60 * 1000;
/** The email lists this many; the rest are summed up in one line with a link to the app. */
export const DIGEST_MAX_LISTED = 25;
const BATCH_SIZE = 100;

export type DigestOptions = {
  /** Defaults to the SMTP transport (lib/account/mail.ts); tests pass a nodemailer jsonTransport. */
  transport?: Transporter | null;
  /** Absolute links in the email start with this; defaults to NEXTAUTH_URL. */
  baseUrl?: string;
};

export type DigestReport = { sent: number; failed: number; skipped: number };

type Recipient = { id: string; email: string; name: string | null; timeZone: string };
type Item = { id: string; title: string; body: string; href: string | null };

export async function sendDailyDigests(now: Date = new Date(), options: DigestOptions = {}): Promise<DigestReport> {
  const transport = options.transport === undefined ? smtpTransport() : options.transport;
  const report: DigestReport = { sent: 0, failed: 0, skipped: 0 };
  if (!transport && env().NODE_ENV === "production") {
    console.warn("[digest] SMTP_URL is not set: no digest emails are sent.");
    return report;
  }
  const baseUrl = (options.baseUrl ?? env().NEXTAUTH_URL).replace(/\/+$/, "");
  const cutoff = new Date(now.getTime() - DIGEST_MIN_AGE_MS);
  const gapStart = new Date(now.getTime() - DIGEST_MIN_GAP_MS);

  let cursor: string | undefined;
  for (;;) {
    const users = await db().user.findMany({
      where: {
        emailDigestOptOut: false,
        deactivatedAt: null,
        OR: [
          { notifications: { some: { readAt: null, emailedAt: null, createdAt: { lte: cutoff } } } },
          // Maybe behind their goal: decided per learner, in their time zone, under the claim.
          { role: "LEARNER", enrollments: { some: { weeklyGoalMinutes: { not: null } } } },
        ],
        NOT: { notifications: { some: { emailedAt: { gt: gapStart } } } },
      },
      orderBy: { id: "asc" },
      take: BATCH_SIZE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: { id: true, email: true, name: true, timeZone: true },
    });
    for (const user of users) {
      const outcome = await digestFor(user, { now, cutoff, gapStart, baseUrl, transport });
      report[outcome] += 1;
    }
    if (users.length < BATCH_SIZE) break;
    cursor = users.at(-1)!.id;
  }
  return report;
}

async function digestFor(
  user: Recipient,
  context: { now: Date; cutoff: Date; gapStart: Date; baseUrl: string; transport: Transporter | null },
): Promise<keyof DigestReport> {
  const { now, cutoff, gapStart } = context;
  let reminderId: string | null = null;
  const items = await db().$transaction(async (tx) => {
    // Serializes digests of this user: a second, overlapping run waits here, then sees the
    // emailedAt this one set and skips the user.
    const [locked] = await tx.$queryRaw<Array<{ emailDigestOptOut: boolean; deactivatedAt: Date | null }>>`
      SELECT "emailDigestOptOut", "deactivatedAt" FROM "User" WHERE id = ${user.id} FOR UPDATE`;
    if (!locked || locked.emailDigestOptOut || locked.deactivatedAt) return [];
    const recent = await tx.notification.findFirst({
      where: { userId: user.id, emailedAt: { gt: gapStart } },
      select: { id: true },
    });
    if (recent) return [];
    const where = { userId: user.id, readAt: null, emailedAt: null, createdAt: { lte: cutoff } };
    const pending = await tx.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, title: true, body: true, href: true },
    });
    await tx.notification.updateMany({ where: { id: { in: pending.map((n) => n.id) } }, data: { emailedAt: now } });
    const reminder = await createGoalReminder(tx, user, now);
    reminderId = reminder?.id ?? null;
    return reminder ? [reminder, ...pending] : pending;
  });
  if (items.length === 0) return "skipped";

  try {
    const outcome = await sendMail(digestMessage(user, items, context.baseUrl), context.transport);
    if (outcome === "not-sent") throw new Error("no mail transport");
    return "sent";
  } catch (error) {
    console.error(`[digest] could not email user ${user.id}`, error);
    // Release the claim so tomorrow's run tries again with these notifications. The goal
    // reminder goes: it was never delivered, and tomorrow's run writes one for tomorrow's standing.
    if (reminderId) await db().notification.deleteMany({ where: { id: reminderId } });
    await db().notification.updateMany({
      where: { id: { in: items.map((n) => n.id) }, emailedAt: now },
      data: { emailedAt: null },
    });
    return "failed";
  }
}

/** The email: newest first, at most DIGEST_MAX_LISTED listed, absolute links. */
export function digestMessage(user: Recipient, items: readonly Item[], baseUrl: string) {
  const listed = items.slice(0, DIGEST_MAX_LISTED);
  const more = items.length - listed.length;
  const lines = listed.flatMap((item) => [
    `• ${item.title}`,
    `  ${item.body}`,
    ...(item.href ? [`  ${baseUrl}${item.href}`] : []),
    "",
  ]);
  return {
    to: user.email,
    subject: items.length === 1 ? `Skilltrail: ${items[0]!.title}` : `Skilltrail: ${items.length} unread notifications`,
    text: [
      `Hi ${user.name ?? "there"},`,
      "",
      items.length === 1
        ? "One thing is waiting for you on Skilltrail:"
        : `${items.length} things are waiting for you on Skilltrail:`,
      "",
      ...lines,
      ...(more > 0 ? [`…and ${more} more.`, ""] : []),
      `All your notifications: ${baseUrl}/notifications`,
      "",
      "You get this email at most once a day, only when something is unread.",
      `Turn it off: ${baseUrl}/account/notifications`,
    ].join("\n"),
  };
}
