import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

// Actions read the caller through getCurrentUser (the session seam, mocked by action-mocks).

const { changePasswordAction, deleteAccountAction, updateProfileAction } = await import("@/lib/account/actions");
const { changePassword } = await import("@/lib/account/mutations");
const { signUpAction } = await import("@/lib/account/actions");
const { signUp, signUpLimitedMessage } = await import("@/lib/account/sign-up");
const { PASSWORD_IS_EMAIL_MESSAGE, SIGNED_UP_MESSAGE, SIGNED_UP_PATH, UNSAFE_NAME_MESSAGE } =
  await import("@/lib/auth/schema");
const { MAX_FAILURES_PER_IP_AND_ACCOUNT } = await import("@/lib/auth/rate-limit");
const { env } = await import("@/lib/env");
const { verifyPassword } = await import("@/lib/auth/password");
const { exportAccountData } = await import("@/lib/account/queries");
const { GET: exportRoute } = await import("@/app/api/account/export/route");
const { createUserWithPassword, TEST_PASSWORD } = await import("../support/auth");
const { createTestUser, seededGuide, testDb } = await import("../support/db");

const uniqueEmail = () => `new-${randomUUID()}@test.skilltrail.dev`;
const STRONG = "granite kettle orbit lantern";

beforeEach(() => {
  signInAs(null);
});

describe("sign-up", () => {
  it("creates a learner enrolled in the ML Infrastructure guide, with a normalized email", async () => {
    const email = uniqueEmail();
    const result = await signUpAction({
      name: "  Ada Lovelace ",
      email: `  ${email.toUpperCase()} `,
      password: STRONG,
    });
    expect(result).toEqual({ ok: true, data: { next: SIGNED_UP_PATH }, message: SIGNED_UP_MESSAGE });

    const user = await testDb().user.findUniqueOrThrow({
      where: { email },
      include: { enrollments: { include: { guide: true } } },
    });
    expect(user).toMatchObject({ name: "Ada Lovelace", role: "LEARNER" });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash!, STRONG)).toBe(true);
    expect(user.enrollments.map((e) => e.guide.slug)).toEqual(["ml-infrastructure"]);
  });

  it("answers a taken email (in any case) exactly as a new one, and emails its owner instead (issue 14)", async () => {
    const email = uniqueEmail();
    const fresh = await signUpAction({ name: "First", email, password: STRONG });
    const taken = await signUpAction({ name: "Second", email: email.toUpperCase(), password: "another strong phrase" });
    expect(taken).toEqual(fresh);
    expect(await testDb().user.count({ where: { email } })).toBe(1);
    expect((await testDb().user.findUniqueOrThrow({ where: { email } })).name).toBe("First");

    const told: string[] = [];
    const input = { name: "Third", email, password: STRONG };
    await expect(signUp(input, null, (to) => void told.push(to))).resolves.toEqual({ email });
    expect(told).toEqual([email]);
  });

  it("accepts at most the configured number of sign-ups per client address and hour (issue 14)", async () => {
    const ip = `2001:db8:5::${randomUUID().slice(0, 4)}`;
    const limit = env().SIGN_UPS_PER_ADDRESS_PER_HOUR;
    const start = new Date();
    const attempt = (i: number) =>
      signUp({ name: "Bulk", email: uniqueEmail(), password: STRONG }, ip, () => {}, new Date(start.getTime() + i));
    for (let i = 0; i < limit; i++) await attempt(i);
    await expect(attempt(limit)).rejects.toThrow(signUpLimitedMessage(60));
    // Another address is not affected.
    await expect(
      signUp({ name: "Other", email: uniqueEmail(), password: STRONG }, `${ip}:1`, () => {}),
    ).resolves.toBeTruthy();
  });

  it.each([
    ["a short password", "short-pass", /at least 12 characters/],
    ["a common password", "Password1234", /too common/],
    ["a repetitive password", "aaaaaaaaaaaaaaaa", /too common or predictable/],
    ["a password over 128 characters", "x1y2z3".repeat(30), /at most 128 characters/],
  ])("refuses %s with a message on the password field", async (_case, password, message) => {
    const result = await signUpAction({ name: "Weak", email: uniqueEmail(), password });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.password?.[0]).toMatch(message);
    expect(result.fieldErrors?.email).toBeUndefined();
  });

  it("refuses the email address as the password", async () => {
    const email = `long-enough-${randomUUID().slice(0, 8)}@test.skilltrail.dev`;
    const result = await signUpAction({ name: "Echo", email, password: email.toUpperCase() });
    expect(result).toMatchObject({ ok: false, fieldErrors: { password: [PASSWORD_IS_EMAIL_MESSAGE] } });
  });

  it("refuses a malformed email and a missing name, field by field", async () => {
    const result = await signUpAction({ name: " ", email: "not-an-email", password: STRONG });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.email).toEqual(["Enter a valid email address, like name@example.com."]);
    expect(result.fieldErrors?.name).toEqual(["Enter your name."]);
  });

  it("reads a submitted form (FormData) as useActionState passes it", async () => {
    const form = new FormData();
    form.set("name", "Form User");
    form.set("email", uniqueEmail());
    form.set("password", STRONG);
    await expect(signUpAction(null, form)).resolves.toMatchObject({ ok: true });
  });
});

describe("profile and password", () => {
  it("saves name and time zone, and refuses an unknown time zone", async () => {
    const user = await createTestUser("LEARNER");
    signInAs(user);
    await expect(updateProfileAction({ name: "Grace Hopper", timeZone: "Europe/Berlin" })).resolves.toMatchObject({
      ok: true,
      data: { name: "Grace Hopper", timeZone: "Europe/Berlin" },
    });
    const refused = await updateProfileAction({ name: "", timeZone: "Mars/Olympus_Mons" });
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { name: ["Enter your name."], timeZone: ["Choose a time zone from the list."] },
    });
    await expect(testDb().user.findUniqueOrThrow({ where: { id: user.id } })).resolves.toMatchObject({
      name: "Grace Hopper",
      timeZone: "Europe/Berlin",
    });
    await expect(updateProfileAction({ name: "Back to UTC", timeZone: "UTC" })).resolves.toMatchObject({ ok: true });
  });

  it("changes the password only with the current one", async () => {
    const user = await createUserWithPassword();
    signInAs(user);
    const wrong = await changePasswordAction({
      currentPassword: "not it at all",
      newPassword: STRONG,
      confirmPassword: STRONG,
    });
    expect(wrong).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: ["This is not your current password."] },
    });
    const mismatch = await changePasswordAction({
      currentPassword: TEST_PASSWORD,
      newPassword: STRONG,
      confirmPassword: "other",
    });
    expect(mismatch).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: ["The two new passwords don't match."] },
    });

    await expect(
      changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: STRONG, confirmPassword: STRONG }),
    ).resolves.toMatchObject({ ok: true });
    const { passwordHash } = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(passwordHash!, STRONG)).toBe(true);
    expect(await verifyPassword(passwordHash!, TEST_PASSWORD)).toBe(false);
    // Only the successful change ends the sessions signed with the old password.
    await expect(testDb().user.findUniqueOrThrow({ where: { id: user.id } })).resolves.toMatchObject({
      sessionVersion: 1,
    });
  });

  it("refuses names with control or text-direction characters, on the name field (issue 14)", async () => {
    const user = await createUserWithPassword();
    signInAs(user);
    for (const name of ["Ann\u202Egnp.exe", "Tab\tName", "Bell\u0007", "Iso\u2066late", "Mark\u200F"]) {
      await expect(updateProfileAction({ name, timeZone: "UTC" })).resolves.toEqual({
        ok: false,
        message: "Please check the highlighted fields.",
        fieldErrors: { name: [UNSAFE_NAME_MESSAGE] },
      });
    }
    const signUp = await signUpAction({ name: "Sec\u202Ex", email: uniqueEmail(), password: STRONG });
    expect(signUp).toMatchObject({ ok: false, fieldErrors: { name: [UNSAFE_NAME_MESSAGE] } });
    // Letters from any script are names, right-to-left ones included.
    await expect(updateProfileAction({ name: "Zoë Ōkubo-שרה", timeZone: "UTC" })).resolves.toMatchObject({ ok: true });
  });

  it("limits guesses of the current password like sign-in, then refuses even the right one (issue 14)", async () => {
    const user = await createUserWithPassword();
    const ip = `2001:db8:6::${randomUUID().slice(0, 4)}`;
    const input = (currentPassword: string) => ({ currentPassword, newPassword: STRONG, confirmPassword: STRONG });
    for (let i = 0; i < MAX_FAILURES_PER_IP_AND_ACCOUNT; i++) {
      await expect(changePassword(user.id, input(`guess number ${i}`), ip)).rejects.toThrow(
        "Your current password is not correct.",
      );
    }
    await expect(changePassword(user.id, input(TEST_PASSWORD), ip)).rejects.toThrow(/Too many sign-in attempts/);
    const { passwordHash } = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(passwordHash!, TEST_PASSWORD)).toBe(true);
    // The guesses count toward sign-in too: the same limiter, the same budget.
    const actions = (await testDb().auditLog.findMany({ where: { entityId: user.id }, select: { action: true } })).map(
      (row) => row.action,
    );
    expect(actions.filter((a) => a === "auth.password-check-failed")).toHaveLength(MAX_FAILURES_PER_IP_AND_ACCOUNT);
    expect(actions).toContain("auth.password-check-limited");
  });

  it("refuses every account action to a guest", async () => {
    const result = await updateProfileAction({ name: "Nobody", timeZone: "UTC" });
    expect(result).toEqual({ ok: false, message: "Please sign in to continue." });
  });
});

describe("account deletion", () => {
  it("needs the typed email, then removes the account and its rows and writes the audit row", async () => {
    const guide = await seededGuide();
    const learner = await createUserWithPassword();
    const mentor = await createTestUser("MENTOR");
    const deliverable = await testDb().deliverable.findFirstOrThrow({ where: { phaseId: guide.phases[0]!.id } });
    await testDb().mentorAssignment.create({ data: { mentorId: mentor.id, learnerId: learner.id } });
    await testDb().timeEntry.create({
      data: { learnerId: learner.id, phaseId: guide.phases[0]!.id, date: new Date("2026-01-05"), minutes: 90 },
    });
    const submission = await testDb().submission.create({
      data: {
        learnerId: learner.id,
        deliverableId: deliverable.id,
        status: "SUBMITTED",
        versions: {
          create: {
            number: 1,
            description: "My work",
            comments: { create: { authorId: mentor.id, body: "Looks good" } },
          },
        },
      },
      include: { versions: { include: { comments: true } } },
    });
    await testDb().signInAttempt.create({ data: { email: learner.email, ip: "198.51.100.7", succeeded: false } });
    signInAs(learner);

    const refused = await deleteAccountAction({ confirmEmail: "someone-else@test.skilltrail.dev" });
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { confirmEmail: [expect.stringMatching(/exactly as shown/)] },
    });
    expect(await testDb().user.count({ where: { id: learner.id } })).toBe(1);

    // The password is asked of an account that has one, and a wrong one is a counted guess (issue 14).
    for (const password of [undefined, "", "not the password"]) {
      await expect(deleteAccountAction({ confirmEmail: learner.email, password })).resolves.toMatchObject({
        ok: false,
        fieldErrors: { password: ["This is not your current password."] },
      });
    }
    expect(await testDb().user.count({ where: { id: learner.id } })).toBe(1);
    await expect(
      deleteAccountAction({ confirmEmail: ` ${learner.email.toUpperCase()} `, password: TEST_PASSWORD }),
    ).resolves.toMatchObject({ ok: true });
    expect(await testDb().user.count({ where: { id: learner.id } })).toBe(0);
    expect(await testDb().timeEntry.count({ where: { learnerId: learner.id } })).toBe(0);
    expect(await testDb().submission.count({ where: { id: submission.id } })).toBe(0);
    expect(await testDb().reviewComment.count({ where: { id: submission.versions[0]!.comments[0]!.id } })).toBe(0);
    expect(await testDb().mentorAssignment.count({ where: { learnerId: learner.id } })).toBe(0);
    expect(await testDb().signInAttempt.count({ where: { email: learner.email } })).toBe(0);
    expect(await testDb().user.count({ where: { id: mentor.id } })).toBe(1);

    const audit = await testDb().auditLog.findMany({ where: { entityId: learner.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => row.action)).toEqual([
      "auth.password-check-failed",
      "auth.password-check-failed",
      "auth.password-check-failed",
      "account.deleted",
    ]);
    expect(audit.at(-1)).toMatchObject({ actorId: learner.id, actorEmail: learner.email, entityType: "User" });
  });

  it("refuses to delete the last active admin", async () => {
    const admins = await testDb().user.findMany({
      where: { role: "ADMIN", deactivatedAt: null },
      select: { id: true },
    });
    const admin = await createTestUser("ADMIN");
    // Make the new admin the only active one for this check, then restore the others.
    await testDb().user.updateMany({
      where: { id: { in: admins.map((a) => a.id) } },
      data: { deactivatedAt: new Date() },
    });
    try {
      signInAs(admin);
      const result = await deleteAccountAction({ confirmEmail: admin.email });
      expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/only admin/) });
    } finally {
      await testDb().user.updateMany({ where: { id: { in: admins.map((a) => a.id) } }, data: { deactivatedAt: null } });
    }
  });
});

describe("data export", () => {
  /** A learner with a row in each learner table, plus a mentor's comment and review. */
  async function learnerWithHistory() {
    const guide = await seededGuide();
    const learner = await createUserWithPassword();
    const mentor = await createTestUser("MENTOR");
    const phase = guide.phases[0]!;
    const [deliverable, item, question, selfCheck, project] = await Promise.all([
      testDb().deliverable.findFirstOrThrow({ where: { phaseId: phase.id } }),
      testDb().checklistItem.findFirstOrThrow({ where: { phaseId: phase.id } }),
      testDb().quizQuestion.findFirstOrThrow({ where: { guideId: guide.id } }),
      testDb().selfCheckQuestion.findFirstOrThrow({ where: { guideId: guide.id } }),
      testDb().portfolioProject.findFirstOrThrow({ where: { guideId: guide.id } }),
    ]);
    const id = learner.id;
    await testDb().mentorAssignment.create({ data: { mentorId: mentor.id, learnerId: id } });
    await testDb().timeEntry.create({
      data: { learnerId: id, phaseId: phase.id, date: new Date("2026-01-07"), minutes: 45, note: `note-${id}` },
    });
    await testDb().checklistProgress.create({ data: { learnerId: id, itemId: item.id, completedAt: new Date() } });
    await testDb().submission.create({
      data: {
        learnerId: id,
        deliverableId: deliverable.id,
        status: "APPROVED",
        versions: {
          create: {
            number: 1,
            description: `work-${id}`,
            review: { create: { reviewerId: mentor.id, decision: "APPROVED", summary: `review-${id}` } },
            comments: { create: { authorId: mentor.id, body: `comment-${id}` } },
          },
        },
      },
    });
    await testDb().quizAttempt.create({
      data: {
        learnerId: id,
        guideId: guide.id,
        totalCount: 1,
        correctCount: 1,
        answers: { create: { questionId: question.id, chosenOption: question.correctOption, isCorrect: true } },
      },
    });
    await testDb().selfAssessment.create({ data: { learnerId: id, questionId: selfCheck.id, confidence: 3 } });
    await testDb().projectProgress.create({ data: { learnerId: id, projectId: project.id, status: "IN_PROGRESS" } });
    await testDb().notification.create({
      data: { userId: id, kind: "review", title: "Reviewed", body: `notification-${id}` },
    });
    return learner;
  }

  it("contains every row of mine, and nothing of anyone else's, and no password hash", async () => {
    const [me, someoneElse] = await Promise.all([learnerWithHistory(), learnerWithHistory()]);
    const data = await exportAccountData(me.id);
    expect(data).not.toBeNull();
    expect(data!.user).toMatchObject({ id: me.id, email: me.email });
    expect(data!.timeEntries).toHaveLength(1);
    expect(data!.checklistProgress).toHaveLength(1);
    expect(data!.submissions[0]!.versions[0]).toMatchObject({
      description: `work-${me.id}`,
      review: { summary: `review-${me.id}` },
      comments: [{ body: `comment-${me.id}` }],
    });
    expect(data!.quizAttempts[0]!.answers).toHaveLength(1);
    expect(data!.selfAssessments).toHaveLength(1);
    expect(data!.projectProgress).toHaveLength(1);
    expect(data!.notifications).toMatchObject([{ body: `notification-${me.id}` }]);
    expect(data!.mentorAssignments.asLearner).toHaveLength(1);

    const json = JSON.stringify(data);
    expect(json).not.toContain(someoneElse.id);
    expect(json).not.toContain(someoneElse.email);
    expect(json).not.toMatch(/passwordHash|\$argon2/);
  });

  it("is served as a JSON download to the signed-in user, and refused to a guest", async () => {
    const me = await learnerWithHistory();
    await expect(exportRoute()).resolves.toHaveProperty("status", 401);

    signInAs(me);
    const response = await exportRoute();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="skilltrail-export-/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.text();
    expect(JSON.parse(body).user.id).toBe(me.id);
    expect(body).not.toMatch(/passwordHash|\$argon2/);
  });
});
