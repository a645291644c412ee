import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

const { assignMentorAction, changeRoleAction, setUserActiveAction, unassignMentorAction } =
  await import("@/lib/users/actions");
const { changeRole, setUserActive } = await import("@/lib/users/mutations");
const { searchUsers } = await import("@/lib/users/queries");
const schema = await import("@/lib/users/schema");
const { loadActiveUser } = await import("@/lib/auth/session");
const { authorizeUser, canAccessLearner } = await import("@/lib/auth/guards");
const { AuthenticationError } = await import("@/lib/auth/errors");
const { asCurrentUser } = await import("../support/auth");
const { createTestUser, testDb } = await import("../support/db");

type User = Awaited<ReturnType<typeof createTestUser>>;
const actor = (user: User) => ({ id: user.id, email: user.email });
const auditRows = (entityId: string, action: string) =>
  testDb().auditLog.findMany({ where: { entityId, action }, orderBy: { createdAt: "asc" } });

/**
 * Makes `admins` the only active admins for the duration of a test: every other active admin
 * (seeded demo admin, other files' users) is deactivated, and put back afterwards.
 */
let parked: string[] = [];
async function onlyActiveAdmins(...admins: User[]) {
  const others = await testDb().user.findMany({
    where: { role: "ADMIN", deactivatedAt: null, id: { notIn: admins.map((a) => a.id) } },
    select: { id: true },
  });
  parked = others.map((o) => o.id);
  await testDb().user.updateMany({ where: { id: { in: parked } }, data: { deactivatedAt: new Date() } });
}
afterEach(async () => {
  if (parked.length > 0)
    await testDb().user.updateMany({ where: { id: { in: parked } }, data: { deactivatedAt: null } });
  parked = [];
});

let admin: User;
beforeEach(async () => {
  admin = await createTestUser("ADMIN");
  signInAs(admin);
});

describe("the last active admin", () => {
  it("can be neither demoted nor deactivated, and nothing changes", async () => {
    await onlyActiveAdmins(admin);
    const before = await testDb().auditLog.count();
    expect(await changeRoleAction({ userId: admin.id, role: "MENTOR" })).toEqual({
      ok: false,
      message: schema.LAST_ADMIN_MESSAGE,
    });
    expect(await setUserActiveAction({ userId: admin.id, active: false })).toEqual({
      ok: false,
      message: schema.LAST_ADMIN_MESSAGE,
    });
    expect(await testDb().user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      role: "ADMIN",
      deactivatedAt: null,
    });
    expect(await testDb().auditLog.count()).toBe(before);
  });

  it("survives two admins demoting each other at once: exactly one succeeds", async () => {
    const other = await createTestUser("ADMIN");
    await onlyActiveAdmins(admin, other);
    const results = await Promise.allSettled([
      changeRole(actor(admin), other.id, "LEARNER"),
      changeRole(actor(other), admin.id, "LEARNER"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r) => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({ message: schema.LAST_ADMIN_MESSAGE });
    expect(
      await testDb().user.count({ where: { id: { in: [admin.id, other.id] }, role: "ADMIN", deactivatedAt: null } }),
    ).toBe(1);
  });

  it("survives a demotion and a deactivation racing on the last two admins", async () => {
    const other = await createTestUser("ADMIN");
    await onlyActiveAdmins(admin, other);
    const results = await Promise.allSettled([
      setUserActive(actor(admin), other.id, false),
      changeRole(actor(other), admin.id, "MENTOR"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      await testDb().user.count({ where: { id: { in: [admin.id, other.id] }, role: "ADMIN", deactivatedAt: null } }),
    ).toBe(1);
  });

  it("can be demoted by another admin while a second one remains, audited with before and after", async () => {
    const other = await createTestUser("ADMIN");
    await onlyActiveAdmins(admin, other);
    expect(await changeRoleAction({ userId: other.id, role: "MENTOR" })).toMatchObject({
      ok: true,
      message: "Role changed to Mentor.",
    });
    const [row] = await auditRows(other.id, "user.role-changed");
    expect(row).toMatchObject({
      actorId: admin.id,
      actorEmail: admin.email,
      entityType: "User",
      before: { role: "ADMIN" },
      after: { role: "MENTOR" },
    });
  });
});

describe("changing a role", () => {
  it("takes effect on the user's next request", async () => {
    const learner = await createTestUser("LEARNER");
    expect(await changeRoleAction({ userId: learner.id, role: "MENTOR" })).toMatchObject({ ok: true });
    expect((await loadActiveUser(learner.id))?.role).toBe("MENTOR");
    // Same role again: nothing to do, nothing audited twice.
    expect(await changeRoleAction({ userId: learner.id, role: "MENTOR" })).toMatchObject({
      ok: true,
      message: "The role already was Mentor.",
    });
    expect(await auditRows(learner.id, "user.role-changed")).toHaveLength(1);
  });

  it("refuses an unknown role on the field, an unknown user, and an admin's own account", async () => {
    const learner = await createTestUser("LEARNER");
    expect(await changeRoleAction({ userId: learner.id, role: "OWNER" })).toMatchObject({
      ok: false,
      fieldErrors: { role: ["Choose a role: learner, mentor or admin."] },
    });
    expect(await changeRoleAction({ userId: "no-such-user", role: "MENTOR" })).toEqual({
      ok: false,
      message: "That user no longer exists.",
    });
    await createTestUser("ADMIN"); // so the self-check, not the last-admin one, answers
    expect(await changeRoleAction({ userId: admin.id, role: "LEARNER" })).toEqual({
      ok: false,
      message: schema.SELF_CHANGE_MESSAGE,
    });
    expect((await testDb().user.findUniqueOrThrow({ where: { id: learner.id } })).role).toBe("LEARNER");
  });
});

describe("deactivating and reactivating", () => {
  it("makes the guards refuse the user until reactivated, audited both ways", async () => {
    const learner = await createTestUser("LEARNER");
    expect(await setUserActiveAction({ userId: learner.id, active: "false" })).toMatchObject({ ok: true });
    const loaded = await loadActiveUser(learner.id);
    expect(loaded).toBeNull();
    expect(() => authorizeUser(loaded)).toThrow(AuthenticationError);

    expect(await setUserActiveAction({ userId: learner.id, active: true })).toMatchObject({
      ok: true,
      message: "Account reactivated.",
    });
    expect((await loadActiveUser(learner.id))?.id).toBe(learner.id);

    const [off] = await auditRows(learner.id, "user.deactivated");
    const [on] = await auditRows(learner.id, "user.reactivated");
    expect(off).toMatchObject({ actorId: admin.id, before: { deactivatedAt: null } });
    expect((off!.after as { deactivatedAt: string }).deactivatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(on).toMatchObject({ after: { deactivatedAt: null } });
  });

  it("refuses a missing flag on the field and self-deactivation", async () => {
    const learner = await createTestUser("LEARNER");
    expect(await setUserActiveAction({ userId: learner.id })).toMatchObject({
      ok: false,
      fieldErrors: { active: ["Say whether the account is active."] },
    });
    await createTestUser("ADMIN");
    expect(await setUserActiveAction({ userId: admin.id, active: false })).toEqual({
      ok: false,
      message: schema.SELF_CHANGE_MESSAGE,
    });
    expect(await loadActiveUser(admin.id)).not.toBeNull();
  });
});

describe("mentor assignments", () => {
  it("assigns and unassigns, auditing the learner's mentors before and after", async () => {
    const learner = await createTestUser("LEARNER");
    const [m1, m2] = await Promise.all([createTestUser("MENTOR"), createTestUser("ADMIN")]);
    expect(await assignMentorAction({ mentorId: m1.id, learnerId: learner.id })).toMatchObject({
      ok: true,
      message: "Mentor assigned.",
    });
    expect(await assignMentorAction({ mentorId: m2.id, learnerId: learner.id })).toMatchObject({ ok: true });
    expect(await canAccessLearner(asCurrentUser(m1), learner.id)).toBe(true);

    const assigned = await auditRows(learner.id, "mentor.assigned");
    expect(assigned.map((r) => [r.before, r.after])).toEqual([
      [{ mentors: [] }, { mentors: [m1.email] }],
      [{ mentors: [m1.email] }, { mentors: [m1.email, m2.email].sort() }],
    ]);
    expect(assigned[0]).toMatchObject({ actorId: admin.id, actorEmail: admin.email, entityType: "User" });

    expect(await unassignMentorAction({ mentorId: m1.id, learnerId: learner.id })).toMatchObject({
      ok: true,
      message: "Mentor unassigned.",
    });
    expect(await canAccessLearner(asCurrentUser(m1), learner.id)).toBe(false);
    const [unassigned] = await auditRows(learner.id, "mentor.unassigned");
    expect(unassigned).toMatchObject({
      before: { mentors: [m1.email, m2.email].sort() },
      after: { mentors: [m2.email] },
    });
    expect(await unassignMentorAction({ mentorId: m1.id, learnerId: learner.id })).toEqual({
      ok: false,
      message: schema.NOT_ASSIGNED_MESSAGE,
    });
  });

  it("refuses a duplicate, a non-mentor, a deactivated mentor and self-mentoring, saving nothing", async () => {
    const learner = await createTestUser("LEARNER");
    const [mentor, otherLearner, gone] = await Promise.all([
      createTestUser("MENTOR"),
      createTestUser("LEARNER"),
      createTestUser("MENTOR"),
    ]);
    await testDb().user.update({ where: { id: gone.id }, data: { deactivatedAt: new Date() } });
    await assignMentorAction({ mentorId: mentor.id, learnerId: learner.id });
    const auditBefore = await testDb().auditLog.count();

    expect(await assignMentorAction({ mentorId: mentor.id, learnerId: learner.id })).toEqual({
      ok: false,
      message: schema.ALREADY_ASSIGNED_MESSAGE,
      fieldErrors: { mentorId: [schema.ALREADY_ASSIGNED_MESSAGE] },
    });
    for (const mentorId of [otherLearner.id, gone.id]) {
      expect(await assignMentorAction({ mentorId, learnerId: learner.id })).toEqual({
        ok: false,
        message: schema.MENTOR_ROLE_MESSAGE,
        fieldErrors: { mentorId: [schema.MENTOR_ROLE_MESSAGE] },
      });
    }
    expect(await assignMentorAction({ mentorId: mentor.id, learnerId: mentor.id })).toMatchObject({
      ok: false,
      message: schema.SELF_MENTOR_MESSAGE,
    });
    expect(await assignMentorAction({ mentorId: "", learnerId: learner.id })).toMatchObject({
      ok: false,
      fieldErrors: { mentorId: ["Choose a mentor."] },
    });

    expect(await testDb().mentorAssignment.count({ where: { learnerId: learner.id } })).toBe(1);
    expect(await testDb().auditLog.count()).toBe(auditBefore);
  });
});

describe("the audit trail", () => {
  it("cannot be updated or deleted, even by direct SQL", async () => {
    const learner = await createTestUser("LEARNER");
    await changeRoleAction({ userId: learner.id, role: "MENTOR" });
    const [row] = await auditRows(learner.id, "user.role-changed");
    await expect(
      testDb().auditLog.update({ where: { id: row!.id }, data: { action: "user.tampered" } }),
    ).rejects.toThrow(/cannot be changed or deleted/);
    await expect(testDb().auditLog.delete({ where: { id: row!.id } })).rejects.toThrow(/cannot be changed or deleted/);
    await expect(testDb().$executeRaw`DELETE FROM "AuditLog" WHERE id = ${row!.id}`).rejects.toThrow(
      /cannot be changed or deleted/,
    );
    expect(await testDb().auditLog.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({
      action: "user.role-changed",
    });
  });
});

describe("searching users", () => {
  it("matches name or email case-insensitively and pages by 20", async () => {
    const token = `zq${randomUUID().slice(0, 8)}`;
    const byName = await Promise.all(
      Array.from({ length: 23 }, (_, i) => createTestUser("LEARNER", { name: `Person ${token.toUpperCase()} ${i}` })),
    );
    const byEmail = await Promise.all(
      [0, 1].map((i) =>
        testDb().user.create({ data: { email: `${token}-${i}@example.com`, name: `Someone ${i}`, role: "MENTOR" } }),
      ),
    );

    const first = await searchUsers(schema.userSearchSchema.parse({ q: `  ${token.toUpperCase()} ` }));
    expect(first).toMatchObject({ total: 25, page: 1, pageCount: 2 });
    expect(first.users).toHaveLength(20);
    const second = await searchUsers(schema.userSearchSchema.parse({ q: token, page: "2" }));
    expect(second.users).toHaveLength(5);
    const all = new Set([...first.users, ...second.users].map((u) => u.id));
    expect(all).toEqual(new Set([...byName, ...byEmail].map((u) => u.id)));

    const mentors = await searchUsers(schema.userSearchSchema.parse({ q: token, role: "MENTOR" }));
    expect(mentors.users.map((u) => u.email).sort()).toEqual(byEmail.map((u) => u.email).sort());
    expect((await searchUsers(schema.userSearchSchema.parse({ q: `${token}-nobody` }))).total).toBe(0);
  });

  it("reads bad URL params as the defaults instead of failing", () => {
    expect(schema.userSearchSchema.parse({})).toEqual({ q: "", page: 1 });
    expect(schema.userSearchSchema.parse({ q: ["a", "b"], page: "-3", role: "OWNER" })).toEqual({
      q: "a",
      page: 1,
      role: undefined,
    });
    expect(schema.userSearchSchema.parse({ page: "abc" }).page).toBe(1);
    expect(schema.userSearchSchema.parse({ q: "x".repeat(200) }).q).toBe("");
  });
});
