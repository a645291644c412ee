import nodemailer from "nodemailer";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { signInAs } from "../support/action-mocks";

// Actions read the caller through getCurrentUser (the session seam, mocked by action-mocks).

const { setWeeklyGoalAction } = await import("@/lib/dashboard/actions");
const { getLearnerProgress } = await import("@/lib/dashboard/queries");
const { WEEKLY_GOAL_FORMAT_MESSAGE, WEEKLY_GOAL_TOO_HIGH_MESSAGE, WEEKLY_GOAL_ZERO_MESSAGE } =
  await import("@/lib/dashboard/schema");
const { sendDailyDigests } = await import("@/lib/notifications/digest");
const { NOTIFICATION_KINDS } = await import("@/lib/notifications/schema");
const { createEnrolledLearner, createTestUser, seededGuide, testDb } = await import("../support/db");

const storedGoal = async (userId: string) =>
  (await testDb().enrollment.findFirstOrThrow({ where: { userId }, select: { weeklyGoalMinutes: true } }))
    .weeklyGoalMinutes;

async function logMinutes(learnerId: string, date: string, minutes: number) {
  const phaseId = (await seededGuide()).phases[0]!.id;
  await testDb().timeEntry.create({ data: { learnerId, phaseId, date: new Date(`${date}T00:00:00Z`), minutes } });
}

beforeEach(() => {
  signInAs(null);
});

describe("setting the weekly goal", () => {
  it("reads hours a week as people type them, and clears the goal when emptied", async () => {
    const learner = signInAs(await createEnrolledLearner());
    expect(await storedGoal(learner.id)).toBeNull();
    for (const [typed, minutes] of [
      ["6", 360],
      ["7.5", 450],
      ["6:30", 390],
      ["6h 30m", 390],
      ["90m", 90],
      ["100h", 6000],
    ] as const) {
      const result = await setWeeklyGoalAction({ weeklyGoal: typed });
      expect(result).toMatchObject({ ok: true, data: { weeklyGoalMinutes: minutes } });
      expect(await storedGoal(learner.id)).toBe(minutes);
    }
    await expect(setWeeklyGoalAction({ weeklyGoal: "  " })).resolves.toEqual({
      ok: true,
      data: { weeklyGoalMinutes: null },
      message: "Weekly goal removed.",
    });
    expect(await storedGoal(learner.id)).toBeNull();
  });

  it("refuses a goal it cannot read, zero, or over 100 h, under the field, and keeps the old goal", async () => {
    const learner = signInAs(await createEnrolledLearner());
    await setWeeklyGoalAction({ weeklyGoal: "6" });
    for (const [typed, message] of [
      ["six", WEEKLY_GOAL_FORMAT_MESSAGE],
      ["0", WEEKLY_GOAL_ZERO_MESSAGE],
      ["0h 0m", WEEKLY_GOAL_ZERO_MESSAGE],
      ["100h 1m", WEEKLY_GOAL_TOO_HIGH_MESSAGE],
      ["168", WEEKLY_GOAL_TOO_HIGH_MESSAGE],
    ] as const) {
      const result = await setWeeklyGoalAction({ weeklyGoal: typed });
      expect(result).toMatchObject({ ok: false, fieldErrors: { weeklyGoal: [message] } });
    }
    expect(await storedGoal(learner.id)).toBe(360);
  });

  it("is the caller's own and learners' only: a mentor is refused", async () => {
    const learner = await createEnrolledLearner();
    signInAs(await createTestUser("MENTOR"));
    expect(await setWeeklyGoalAction({ weeklyGoal: "6" })).toMatchObject({ ok: false });
    expect(await storedGoal(learner.id)).toBeNull();
  });

  it("the database refuses a goal out of bounds, whoever writes it", async () => {
    const learner = await createEnrolledLearner();
    for (const minutes of [0, -5, 6001]) {
      await expect(
        testDb().enrollment.updateMany({ where: { userId: learner.id }, data: { weeklyGoalMinutes: minutes } }),
      ).rejects.toThrow(/weeklyGoalMinutes_check|check constraint/i);
    }
  });

  it("the dashboard shows this week against the goal and the path's end at it", async () => {
    const learner = signInAs(await createEnrolledLearner());
    const today = "2026-03-11"; // a Wednesday
    await logMinutes(learner.id, "2026-03-08", 300); // last Sunday: not this week
    await logMinutes(learner.id, "2026-03-09", 60); // Monday
    await logMinutes(learner.id, today, 30);
    expect((await getLearnerProgress(learner.id, { today })).weeklyGoal).toBeNull();

    await setWeeklyGoalAction({ weeklyGoal: "7h" });
    const { weeklyGoal, total } = await getLearnerProgress(learner.id, { today });
    expect(weeklyGoal?.week).toMatchObject({
      weekStart: "2026-03-09",
      loggedMinutes: 90,
      goalMinutes: 420,
      expectedMinutes: 120, // Monday and Tuesday over: 2/7 of 7 h
      behind: true,
    });
    // What is left of the path at 7 h a week, counted from today.
    const days = Math.ceil((total.remainingMinutes * 7) / 420);
    expect(weeklyGoal?.path).toMatchObject({ status: "projected", daysFromToday: days });
  });
});

describe("the digest's weekly-goal reminder", () => {
  function fakeTransport() {
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const sent: Array<{ to: string; subject: string; text: string }> = [];
    const original = transport.sendMail.bind(transport);
    vi.spyOn(transport, "sendMail").mockImplementation(((mail: { to: string; subject: string; text: string }) => {
      sent.push({ to: mail.to, subject: mail.subject, text: mail.text });
      return original(mail);
    }) as never);
    return { transport, to: (email: string) => sent.filter((m) => m.to === email) };
  }

  async function learnerWithGoal(goalMinutes: number, options: { timeZone?: string; optOut?: boolean } = {}) {
    const learner = await createEnrolledLearner({ timeZone: options.timeZone ?? "UTC" });
    await testDb().enrollment.updateMany({ where: { userId: learner.id }, data: { weeklyGoalMinutes: goalMinutes } });
    if (options.optOut) await testDb().user.update({ where: { id: learner.id }, data: { emailDigestOptOut: true } });
    return learner;
  }

  const WEDNESDAY_MORNING = new Date("2026-04-15T07:00:00Z"); // Mon 13 – Sun 19 April

  it("reminds only a learner behind (logged < goal × days over / 7) who has not opted out", async () => {
    const behind = await learnerWithGoal(420); // owes 2 h by Wednesday
    await logMinutes(behind.id, "2026-04-13", 119);
    const onTrack = await learnerWithGoal(420);
    await logMinutes(onTrack.id, "2026-04-14", 120);
    const optedOut = await learnerWithGoal(420, { optOut: true });
    const noGoal = await createEnrolledLearner();

    const mail = fakeTransport();
    await sendDailyDigests(WEDNESDAY_MORNING, { transport: mail.transport, baseUrl: "https://skilltrail.example" });
    const [reminder, ...more] = mail.to(behind.email);
    expect(more).toEqual([]);
    expect(reminder?.subject).toBe("Skilltrail: You are behind your weekly goal");
    expect(reminder?.text).toContain("1 h 59 min logged since Monday of your 7 h a week; 5 h 1 min to go by Sunday.");
    expect(reminder?.text).toContain("https://skilltrail.example/dashboard");
    for (const learner of [onTrack, optedOut, noGoal]) expect(mail.to(learner.email)).toEqual([]);

    // It is in the app too, already emailed, so the once-a-day rule holds: a second run sends nothing.
    const rows = await testDb().notification.findMany({ where: { userId: behind.id } });
    expect(rows).toMatchObject([{ kind: NOTIFICATION_KINDS.goalBehind, emailedAt: WEDNESDAY_MORNING, readAt: null }]);
    await sendDailyDigests(new Date(WEDNESDAY_MORNING.getTime() + 3_600_000), { transport: mail.transport });
    expect(mail.to(behind.email)).toHaveLength(1);
    expect(await testDb().notification.count({ where: { userId: behind.id } })).toBe(1);
  });

  it("goes with the unread notifications in the one email, and replaces yesterday's unread reminder", async () => {
    const learner = await learnerWithGoal(600);
    const mail = fakeTransport();
    await sendDailyDigests(WEDNESDAY_MORNING, { transport: mail.transport });
    await testDb().notification.create({
      data: {
        userId: learner.id,
        kind: NOTIFICATION_KINDS.comment,
        title: "A comment on your pipeline",
        body: "…",
        createdAt: new Date("2026-04-15T20:00:00Z"),
      },
    });
    const thursday = new Date("2026-04-16T07:00:00Z");
    await sendDailyDigests(thursday, { transport: mail.transport });
    const emails = mail.to(learner.email);
    expect(emails).toHaveLength(2);
    expect(emails[1]!.subject).toBe("Skilltrail: 2 unread notifications");
    expect(emails[1]!.text).toMatch(/You are behind your weekly goal[\s\S]*A comment on your pipeline/);
    const reminders = await testDb().notification.findMany({
      where: { userId: learner.id, kind: NOTIFICATION_KINDS.goalBehind },
      orderBy: { createdAt: "asc" },
    });
    expect(reminders.map((r) => r.readAt)).toEqual([thursday, null]);
  });

  it("follows the learner's time zone: Monday in Auckland owes nothing yet, Sunday in UTC does", async () => {
    const sundayEveningUtc = new Date("2026-04-19T20:00:00Z"); // Monday 20 April, 08:00 in Auckland
    const auckland = await learnerWithGoal(420, { timeZone: "Pacific/Auckland" });
    const utc = await learnerWithGoal(420);
    await logMinutes(utc.id, "2026-04-19", 359); // 6 h owed by Sunday: one minute short
    const mail = fakeTransport();
    await sendDailyDigests(sundayEveningUtc, { transport: mail.transport });
    expect(mail.to(auckland.email)).toEqual([]);
    expect(mail.to(utc.email)).toHaveLength(1);
  });
});
