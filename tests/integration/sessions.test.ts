import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

/**
 * Server-side sessions (issue 14): a session cookie names a Session row, and ending the row
 * ends the session wherever the cookie is. `loadSessionUser` is what every request (and
 * /api/auth/session, through next-auth's jwt callback) resolves a cookie's claims to.
 */
const { loadSessionUser } = await import("@/lib/auth/session");
const { createSession, endSession } = await import("@/lib/auth/sessions");
const { signOutEverywhereAction } = await import("@/lib/account/actions");
const { changePassword } = await import("@/lib/account/mutations");
const { resetPassword, createPasswordResetToken } = await import("@/lib/account/password-reset");
const { changeRole, setUserActive } = await import("@/lib/users/mutations");
const { createUserWithPassword, TEST_PASSWORD } = await import("../support/auth");
const { testDb } = await import("../support/db");

const STRONG = "granite kettle orbit lantern";
type User = Awaited<ReturnType<typeof createUserWithPassword>>;

/** What a freshly signed-in cookie claims, as the jwt callback writes it. */
async function signedIn(user: User) {
  const { sessionVersion } = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
  return { sub: user.id, sv: sessionVersion, sid: await createSession(user.id) };
}

const auditActions = async (userId: string) =>
  (await testDb().auditLog.findMany({ where: { entityId: userId }, select: { action: true } })).map((r) => r.action);

beforeEach(() => {
  signInAs(null);
});

describe("server-side sessions", () => {
  it("resolves a live session to its user, and nothing else", async () => {
    const [user, other] = await Promise.all([createUserWithPassword(), createUserWithPassword()]);
    const claims = await signedIn(user);
    expect((await loadSessionUser(claims))?.id).toBe(user.id);
    // A session id is only good for the user it was created for, and a token without one is nobody.
    await expect(loadSessionUser({ ...claims, sub: other.id })).resolves.toBeNull();
    await expect(loadSessionUser({ sub: user.id, sv: claims.sv })).resolves.toBeNull();
    await expect(loadSessionUser({ ...claims, sid: "made-up" })).resolves.toBeNull();
  });

  it("ends at sign-out: a copy of the cookie replayed afterwards names nobody (issue 14)", async () => {
    const user = await createUserWithPassword();
    const [phone, laptop] = [await signedIn(user), await signedIn(user)];
    await expect(endSession(phone.sid, { id: user.id, email: user.email })).resolves.toBe(true);
    await expect(loadSessionUser(phone)).resolves.toBeNull();
    // Only that device: the other session goes on.
    expect((await loadSessionUser(laptop))?.id).toBe(user.id);
    expect(await auditActions(user.id)).toContain("session.ended");
  });

  it("ends after its expiry, and slides the expiry forward while used", async () => {
    const user = await createUserWithPassword();
    const claims = await signedIn(user);
    await testDb().session.update({ where: { sessionToken: claims.sid }, data: { expires: new Date(Date.now() - 1) } });
    await expect(loadSessionUser(claims)).resolves.toBeNull();

    const used = await signedIn(user);
    const soon = new Date(Date.now() + 2 * 86_400_000);
    await testDb().session.update({ where: { sessionToken: used.sid }, data: { expires: soon } });
    expect(await loadSessionUser(used)).not.toBeNull();
    const row = await testDb().session.findUniqueOrThrow({ where: { sessionToken: used.sid } });
    expect(row.expires.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
  });

  it("'sign out everywhere' ends every session of the caller, and only theirs", async () => {
    const [user, other] = await Promise.all([createUserWithPassword(), createUserWithPassword()]);
    const mine = [await signedIn(user), await signedIn(user)];
    const theirs = await signedIn(other);
    signInAs(user);
    await expect(signOutEverywhereAction({})).resolves.toMatchObject({ ok: true });
    for (const claims of mine) await expect(loadSessionUser(claims)).resolves.toBeNull();
    expect((await loadSessionUser(theirs))?.id).toBe(other.id);
    expect(await auditActions(user.id)).toContain("session.all-ended");
  });

  it("deactivation ends every session, and reactivation does not revive them (issue 14)", async () => {
    const [admin, user] = await Promise.all([createUserWithPassword("ADMIN"), createUserWithPassword()]);
    const claims = await signedIn(user);
    await setUserActive({ id: admin.id, email: admin.email }, user.id, false);
    await expect(loadSessionUser(claims)).resolves.toBeNull();
    await setUserActive({ id: admin.id, email: admin.email }, user.id, true);
    await expect(loadSessionUser(claims)).resolves.toBeNull();
    // Signing in again works.
    expect((await loadSessionUser(await signedIn(user)))?.id).toBe(user.id);
  });

  it("a role change ends the sessions signed in under the old role", async () => {
    const [admin, user] = await Promise.all([createUserWithPassword("ADMIN"), createUserWithPassword()]);
    const claims = await signedIn(user);
    await changeRole({ id: admin.id, email: admin.email }, user.id, "MENTOR");
    await expect(loadSessionUser(claims)).resolves.toBeNull();
    const actions = await auditActions(user.id);
    expect(actions).toEqual(expect.arrayContaining(["user.role-changed", "session.all-ended"]));
  });

  it("a password change or reset ends every session, and is in the audit log", async () => {
    const user = await createUserWithPassword();
    const before = await signedIn(user);
    await changePassword(
      user.id,
      { currentPassword: TEST_PASSWORD, newPassword: STRONG, confirmPassword: STRONG },
      null,
    );
    await expect(loadSessionUser(before)).resolves.toBeNull();
    expect(await auditActions(user.id)).toEqual(expect.arrayContaining(["account.password-changed"]));

    const again = await signedIn(user);
    const token = await createPasswordResetToken(user.id);
    await resetPassword({
      token,
      password: "violet tractor mountain sparrow",
      confirmPassword: "violet tractor mountain sparrow",
    });
    await expect(loadSessionUser(again)).resolves.toBeNull();
  });
});
