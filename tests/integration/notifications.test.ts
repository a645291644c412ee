import nodemailer from "nodemailer";
import { afterAll, describe, expect, it, vi } from "vitest";
import { signInAs } from "../support/action-mocks";

// The cron route's secret must be in the environment before lib/env.ts first parses it.
const CRON_SECRET = vi.hoisted(() => {
  const secret = "test-cron-secret-0123456789abcdef";
  process.env.CRON_SECRET = secret;
  return secret;
});
afterAll(() => {
  delete process.env.CRON_SECRET;
});

const actions = await import("@/lib/notifications/actions");
const { listNotifications, unreadNotificationCount } = await import("@/lib/notifications/queries");
const { notifySubmissionReviewers } = await import("@/lib/notifications/events");
const { DIGEST_MAX_LISTED, sendDailyDigests } = await import("@/lib/notifications/digest");
const { NOTIFICATIONS_PAGE_SIZE } = await import("@/lib/notifications/schema");
const { submitDeliverableAction } = await import("@/lib/deliverables/actions");
const { GET: cronDigest } = await import("@/app/api/cron/digest/route");
const { assignMentor } = await import("../support/auth");
const { createTestUser, testDb } = await import("../support/db");
const { createSubmittedSubmission, deliverableAt } = await import("../support/reviews");

const HOUR = 3_600_000;

async function seedNotifications(
  userId: string,
  count: number,
  createdAt = new Date(),
  extra: { readAt?: Date; emailedAt?: Date } = {},
) {
  await testDb().notification.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      userId,
      kind: "review.comment",
      title: `Notification ${i + 1}`,
      body: `Body ${i + 1}`,
      href: `/deliverables/d${i + 1}`,
      createdAt: new Date(createdAt.getTime() + i * 1000),
      ...extra,
    })),
  });
  return testDb().notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
}

describe("in-app notifications", () => {
  it("marks one of the user's own notifications read, never someone else's", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const [first, second] = await seedNotifications(user.id, 2);
    const [theirs] = await seedNotifications(other.id, 1);
    expect(await unreadNotificationCount(user.id)).toBe(2);

    signInAs(user);
    await expect(actions.markNotificationReadAction({ id: first!.id })).resolves.toEqual({ ok: true });
    await expect(actions.markNotificationReadAction({ id: first!.id })).resolves.toEqual({ ok: true }); // already read: fine
    await expect(actions.markNotificationReadAction({ id: theirs!.id })).resolves.toEqual({
      ok: false,
      message: "That notification no longer exists.",
    });
    await expect(actions.markNotificationReadAction({ id: "" })).resolves.toMatchObject({
      ok: false,
      fieldErrors: { id: ["Missing notification."] },
    });
    expect(await unreadNotificationCount(user.id)).toBe(1);
    expect(await unreadNotificationCount(other.id)).toBe(1);
    expect((await testDb().notification.findUniqueOrThrow({ where: { id: second!.id } })).readAt).toBeNull();
  });

  it("marks all read", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    await seedNotifications(user.id, 3);
    await seedNotifications(other.id, 1);
    signInAs(user);
    await expect(actions.markAllNotificationsReadAction({})).resolves.toEqual({
      ok: true,
      data: { count: 3 },
      message: "Marked 3 as read.",
    });
    await expect(actions.markAllNotificationsReadAction({})).resolves.toMatchObject({
      ok: true,
      message: "Nothing was unread.",
    });
    expect(await unreadNotificationCount(user.id)).toBe(0);
    expect(await unreadNotificationCount(other.id)).toBe(1);
  });

  it("lists newest first, a page at a time", async () => {
    const user = await createTestUser();
    await seedNotifications(user.id, NOTIFICATIONS_PAGE_SIZE + 3);
    const first = await listNotifications(user.id, 1);
    expect(first).toMatchObject({
      total: NOTIFICATIONS_PAGE_SIZE + 3,
      unread: NOTIFICATIONS_PAGE_SIZE + 3,
      page: 1,
      pageCount: 2,
    });
    expect(first.items[0]!.title).toBe(`Notification ${NOTIFICATIONS_PAGE_SIZE + 3}`);
    const second = await listNotifications(user.id, 2);
    expect(second.items.map((n) => n.title)).toEqual(["Notification 3", "Notification 2", "Notification 1"]);
    expect((await listNotifications(user.id, 50)).page).toBe(2);
  });

  it("saves the digest opt-out, and refuses a value that isn't yes or no", async () => {
    const user = await createTestUser();
    signInAs(user);
    await expect(actions.setDigestOptOutAction({ optOut: true })).resolves.toMatchObject({
      ok: true,
      data: { optOut: true },
    });
    expect((await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).emailDigestOptOut).toBe(true);
    await expect(actions.setDigestOptOutAction({ optOut: "false" })).resolves.toMatchObject({
      ok: true,
      data: { optOut: false },
    });
    await expect(actions.setDigestOptOutAction({ optOut: "maybe" })).resolves.toMatchObject({
      ok: false,
      fieldErrors: { optOut: ["Choose whether to receive the daily email."] },
    });
    expect((await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).emailDigestOptOut).toBe(false);
  });
});

describe("who hears about a submission", () => {
  it("the learner's mentors, for a submission and for a resubmission", async () => {
    const learner = await createTestUser("LEARNER", { name: "Sam Submitter" });
    const mentors = [await createTestUser("MENTOR"), await createTestUser("MENTOR")];
    for (const mentor of mentors) await assignMentor(mentor.id, learner.id);
    const first = await createSubmittedSubmission(learner.id, { position: 0 });
    const again = await createSubmittedSubmission(learner.id, { position: 1, version: 2 });
    await testDb().$transaction((tx) => notifySubmissionReviewers(tx, first.id));
    await testDb().$transaction((tx) => notifySubmissionReviewers(tx, again.id));
    for (const mentor of mentors) {
      const received = await testDb().notification.findMany({
        where: { userId: mentor.id },
        orderBy: { createdAt: "asc" },
      });
      expect(received.map((n) => [n.kind, n.href])).toEqual([
        ["submission.submitted", `/mentor/reviews/${first.id}`],
        ["submission.resubmitted", `/mentor/reviews/${again.id}`],
      ]);
      expect(received[0]!.title).toMatch(/^Sam Submitter submitted “/);
      expect(received[1]!.body).toBe("Version 2 is waiting for your review.");
    }
    expect(await testDb().notification.count({ where: { userId: learner.id } })).toBe(0);
  });

  it("every active admin, when the learner has no mentor", async () => {
    const learner = await createTestUser();
    const admin = await createTestUser("ADMIN");
    const retired = await createTestUser("ADMIN");
    await testDb().user.update({ where: { id: retired.id }, data: { deactivatedAt: new Date() } });
    const submission = await createSubmittedSubmission(learner.id);
    const count = await testDb().$transaction((tx) => notifySubmissionReviewers(tx, submission.id));
    const activeAdmins = await testDb().user.count({ where: { role: "ADMIN", deactivatedAt: null } });
    expect(count).toBe(activeAdmins);
    expect(await testDb().notification.count({ where: { userId: admin.id, kind: "submission.submitted" } })).toBe(1);
    expect(await testDb().notification.count({ where: { userId: retired.id } })).toBe(0);
  });

  it("the learner's submit action notifies the mentor in the same transaction", async () => {
    const learner = await createTestUser();
    const mentor = await createTestUser("MENTOR");
    await assignMentor(mentor.id, learner.id);
    const deliverable = await deliverableAt(0);
    signInAs(learner);
    const result = await submitDeliverableAction({ deliverableId: deliverable.id, description: "My **work**." });
    expect(result).toMatchObject({ ok: true });
    const submission = await testDb().submission.findFirstOrThrow({ where: { learnerId: learner.id } });
    expect(await testDb().notification.findMany({ where: { userId: mentor.id } })).toEqual([
      expect.objectContaining({ kind: "submission.submitted", href: `/mentor/reviews/${submission.id}` }),
    ]);
  });
});

describe("the daily email digest", () => {
  // Long ago, so only this file's rows are old enough (and un-emailed) at these instants.
  const T0 = new Date("2001-02-01T08:00:00Z");
  const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

  function fakeTransport() {
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const sent: Array<{ to: string; subject: string; text: string }> = [];
    const original = transport.sendMail.bind(transport);
    vi.spyOn(transport, "sendMail").mockImplementation(((mail: { to: string; subject: string; text: string }) => {
      sent.push({ to: mail.to, subject: mail.subject, text: mail.text });
      return original(mail);
    }) as never);
    return { transport, sent, to: (email: string) => sent.filter((m) => m.to === email) };
  }

  it("emails each user once, listing their unread notifications, and respects the opt-out", async () => {
    const reader = await createTestUser("LEARNER", { name: "Rita Reader" });
    const optedOut = await createTestUser();
    await testDb().user.update({ where: { id: optedOut.id }, data: { emailDigestOptOut: true } });
    const tooFresh = await createTestUser();
    const allRead = await createTestUser();
    const deactivated = await createTestUser();
    await testDb().user.update({ where: { id: deactivated.id }, data: { deactivatedAt: T0 } });
    await seedNotifications(reader.id, 2, at(-10));
    await seedNotifications(reader.id, 1, at(-12), { readAt: at(-11) });
    await seedNotifications(optedOut.id, 2, at(-10));
    await seedNotifications(tooFresh.id, 1, at(-0.5));
    await seedNotifications(allRead.id, 2, at(-10), { readAt: at(-9) });
    await seedNotifications(deactivated.id, 1, at(-10));

    const mail = fakeTransport();
    const report = await sendDailyDigests(T0, { transport: mail.transport, baseUrl: "https://skilltrail.example" });
    expect(report.failed).toBe(0);
    const toReader = mail.to(reader.email);
    expect(toReader).toHaveLength(1);
    expect(toReader[0]!.subject).toBe("Skilltrail: 2 unread notifications");
    expect(toReader[0]!.text).toContain("Hi Rita Reader,");
    expect(toReader[0]!.text).toMatch(/Notification 2[\s\S]*Notification 1/); // newest first
    expect(toReader[0]!.text).toContain("https://skilltrail.example/deliverables/d1");
    expect(toReader[0]!.text).toContain("https://skilltrail.example/account/notifications");
    for (const user of [optedOut, tooFresh, allRead, deactivated]) expect(mail.to(user.email)).toEqual([]);

    const readerRows = await testDb().notification.findMany({ where: { userId: reader.id } });
    expect(readerRows.filter((n) => n.readAt === null).map((n) => n.emailedAt)).toEqual([T0, T0]);
    expect(readerRows.filter((n) => n.readAt !== null).map((n) => n.emailedAt)).toEqual([null]);
    expect(
      await testDb().notification.count({
        where: { userId: { in: [optedOut.id, tooFresh.id] }, emailedAt: { not: null } },
      }),
    ).toBe(0);
  });

  it("sends at most one digest a day, then the next day's news the next day", async () => {
    const user = await createTestUser();
    await seedNotifications(user.id, 1, at(-5));
    const mail = fakeTransport();
    await sendDailyDigests(T0, { transport: mail.transport });
    await seedNotifications(user.id, 1, at(1));
    await sendDailyDigests(at(3), { transport: mail.transport }); // new news, but a digest went out 3 h ago
    await sendDailyDigests(at(20), { transport: mail.transport });
    expect(mail.to(user.email)).toHaveLength(1);
    await sendDailyDigests(at(24), { transport: mail.transport });
    expect(mail.to(user.email)).toHaveLength(2);
    expect(mail.to(user.email)[1]!.subject).toBe("Skilltrail: Notification 1");
    await sendDailyDigests(at(48), { transport: mail.transport }); // nothing new: no email
    expect(mail.to(user.email)).toHaveLength(2);
  });

  it("two overlapping runs still send one email", async () => {
    const user = await createTestUser();
    await seedNotifications(user.id, 3, at(-5));
    const mail = fakeTransport();
    await Promise.all([
      sendDailyDigests(at(100), { transport: mail.transport }),
      sendDailyDigests(at(100), { transport: mail.transport }),
    ]);
    expect(mail.to(user.email)).toHaveLength(1);
  });

  it("lists at most DIGEST_MAX_LISTED and counts the rest", async () => {
    const user = await createTestUser();
    await seedNotifications(user.id, DIGEST_MAX_LISTED + 2, at(150));
    const mail = fakeTransport();
    await sendDailyDigests(at(200), { transport: mail.transport });
    const [message] = mail.to(user.email);
    expect(message!.text).toContain("…and 2 more.");
    expect(await testDb().notification.count({ where: { userId: user.id, emailedAt: null } })).toBe(0);
  });

  it("releases the claim when sending fails, so the next run retries", async () => {
    const user = await createTestUser();
    await seedNotifications(user.id, 1, at(290));
    const broken = nodemailer.createTransport({ jsonTransport: true });
    vi.spyOn(broken, "sendMail").mockRejectedValue(new Error("SMTP is down") as never);
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const report = await sendDailyDigests(at(300), { transport: broken });
    quiet.mockRestore();
    expect(report.failed).toBeGreaterThanOrEqual(1);
    expect(await testDb().notification.count({ where: { userId: user.id, emailedAt: null } })).toBe(1);
    const mail = fakeTransport();
    await sendDailyDigests(at(301), { transport: mail.transport });
    expect(mail.to(user.email)).toHaveLength(1);
  });

  it("runs from the cron route only with the CRON_SECRET bearer", async () => {
    const request = (authorization?: string) =>
      new Request("http://localhost/api/cron/digest", { headers: authorization ? { authorization } : {} });
    expect((await cronDigest(request())).status).toBe(401);
    expect((await cronDigest(request("Bearer not-the-secret"))).status).toBe(401);
    expect((await cronDigest(request(CRON_SECRET))).status).toBe(401); // the scheme is required
    const ok = await cronDigest(request(`Bearer ${CRON_SECRET}`));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({
      sent: expect.any(Number),
      failed: expect.any(Number),
      skipped: expect.any(Number),
    });
  });
});
