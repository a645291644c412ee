import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { resetPasswordAction } from "@/lib/account/actions";
import {
  createPasswordResetToken,
  hashResetToken,
  requestPasswordReset,
  RESET_TOKEN_TTL_MS,
} from "@/lib/account/password-reset";
import { INVALID_RESET_LINK_MESSAGE } from "@/lib/auth/schema";
import { signInWithPassword } from "@/lib/auth/credentials";
import { verifyPassword } from "@/lib/auth/password";
import {
  ACCOUNT_FREE_FAILURES,
  MAX_FAILURES_PER_IP,
  MAX_FAILURES_PER_IP_AND_ACCOUNT,
  PASSWORD_WINDOW_MS,
  accountDelayMs,
} from "@/lib/auth/rate-limit";
import { INVALID_CREDENTIALS_MESSAGE, rateLimitedCode, signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { createUserWithPassword, TEST_PASSWORD } from "../support/auth";
import { testDb } from "../support/db";

const STRONG = "granite kettle orbit lantern";
const uniqueEmail = () => `nobody-${randomUUID()}@test.skilltrail.dev`;
/** A fresh documentation-range (2001:db8::/32) address, so per-IP counts never leak between tests. */
const freshIp = () => `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}`;
const minutes = (n: number) => n * 60_000;

describe("sign-in with email and password", () => {
  it("signs in with the right password, whatever the email's case and spacing", async () => {
    const user = await createUserWithPassword();
    const result = await signInWithPassword(
      { email: ` ${user.email.toUpperCase()} `, password: TEST_PASSWORD },
      freshIp(),
    );
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name } });
  });

  it("gives the same answer for an unknown email, a wrong password and a deactivated account", async () => {
    const user = await createUserWithPassword();
    const deactivated = await createUserWithPassword();
    await testDb().user.update({ where: { id: deactivated.id }, data: { deactivatedAt: new Date() } });
    const answers = await Promise.all([
      signInWithPassword({ email: uniqueEmail(), password: TEST_PASSWORD }, freshIp()),
      signInWithPassword({ email: user.email, password: "wrong password entirely" }, freshIp()),
      signInWithPassword({ email: deactivated.email, password: TEST_PASSWORD }, freshIp()),
    ]);
    expect(answers).toEqual([
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
    ]);
    expect(signInErrorMessage("CredentialsSignin")).toBe(INVALID_CREDENTIALS_MESSAGE);
  });

  it(`refuses the ${MAX_FAILURES_PER_IP_AND_ACCOUNT + 1}th attempt from one address on one account, even with the right password`, async () => {
    const user = await createUserWithPassword();
    const ip = freshIp();
    const start = new Date();
    for (let i = 0; i < MAX_FAILURES_PER_IP_AND_ACCOUNT; i++) {
      const at = new Date(start.getTime() + i * 1000);
      await expect(signInWithPassword({ email: user.email, password: `wrong-${i}` }, ip, at)).resolves.toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    const sixth = await signInWithPassword(
      { email: user.email, password: TEST_PASSWORD },
      ip,
      new Date(start.getTime() + 10_000),
    );
    expect(sixth).toEqual({ ok: false, reason: "rate_limited", retryAfterMinutes: 15 });
    expect(signInErrorMessage(rateLimitedCode(15))).toBe("Too many sign-in attempts. Try again in 15 minutes.");

    // Refused attempts do not extend the limit; once the window has passed, sign-in works.
    const later = new Date(start.getTime() + PASSWORD_WINDOW_MS + minutes(1));
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD }, ip, later)).resolves.toMatchObject({
      ok: true,
    });
  });

  it("never locks the owner out: failures from other addresses only slow the account down (issue 14)", async () => {
    const admin = await createUserWithPassword("ADMIN");
    const start = new Date();
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    // An attacker with many addresses, a few guesses each, far past the old per-email lock-out.
    for (let i = 0; i < 12; i++) {
      const at = new Date(start.getTime() + i * 1000);
      await expect(
        signInWithPassword({ email: admin.email, password: `guess-${i}` }, freshIp(), at, { sleep }),
      ).resolves.toEqual({ ok: false, reason: "invalid" });
    }
    // Each guess past the free ones waited longer than the one before it.
    expect(waits.length).toBe(12 - ACCOUNT_FREE_FAILURES);
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(waits.at(-1)).toBe(accountDelayMs(11));
    // The owner, from their own address, with the right password: in, after the current delay.
    const owner = await signInWithPassword(
      { email: admin.email, password: TEST_PASSWORD },
      freshIp(),
      new Date(start.getTime() + 20_000),
      { sleep },
    );
    expect(owner).toMatchObject({ ok: true, user: { id: admin.id } });
    expect(waits.at(-1)).toBe(accountDelayMs(12));
    // The failures and the sign-in are in the audit log.
    const audit = await testDb().auditLog.findMany({ where: { entityId: admin.id }, select: { action: true } });
    expect(audit.filter((row) => row.action === "auth.sign-in-failed")).toHaveLength(12);
  });

  it("grows the account delay from zero, doubling, up to a cap", () => {
    expect(accountDelayMs(0)).toBe(0);
    expect(accountDelayMs(ACCOUNT_FREE_FAILURES - 1)).toBe(0);
    expect(accountDelayMs(ACCOUNT_FREE_FAILURES + 1)).toBe(2 * accountDelayMs(ACCOUNT_FREE_FAILURES));
    expect(accountDelayMs(1000)).toBe(accountDelayMs(100));
  });

  it("counts only failures since the last successful sign-in", async () => {
    const user = await createUserWithPassword();
    const ip = freshIp();
    const start = new Date();
    const at = (s: number) => new Date(start.getTime() + s * 1000);
    for (let i = 0; i < MAX_FAILURES_PER_IP_AND_ACCOUNT - 1; i++)
      await signInWithPassword({ email: user.email, password: "nope nope nope" }, ip, at(i));
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD }, ip, at(10))).resolves.toMatchObject(
      { ok: true },
    );
    for (let i = 0; i < MAX_FAILURES_PER_IP_AND_ACCOUNT - 1; i++)
      await signInWithPassword({ email: user.email, password: "nope nope nope" }, ip, at(20 + i));
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD }, ip, at(30))).resolves.toMatchObject(
      { ok: true },
    );
  });

  it(`refuses an IP address after ${MAX_FAILURES_PER_IP} failures across many emails`, async () => {
    const ip = freshIp();
    const start = new Date();
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      await signInWithPassword(
        { email: uniqueEmail(), password: "spray-password-1" },
        ip,
        new Date(start.getTime() + i * 1000),
      );
    }
    const user = await createUserWithPassword();
    const at = new Date(start.getTime() + minutes(1));
    await expect(signInWithPassword({ email: user.email, password: TEST_PASSWORD }, ip, at)).resolves.toEqual({
      ok: false,
      reason: "rate_limited",
      retryAfterMinutes: 14,
    });
    // The same account from another address is unaffected.
    await expect(
      signInWithPassword({ email: user.email, password: TEST_PASSWORD }, freshIp(), at),
    ).resolves.toMatchObject({ ok: true });
  });

  it("lets no more than the limit through when attempts arrive at once", async () => {
    const user = await createUserWithPassword();
    const ip = freshIp();
    await Promise.all(
      Array.from({ length: 12 }, () => signInWithPassword({ email: user.email, password: "parallel guess" }, ip)),
    );
    const failures = await testDb().signInAttempt.count({ where: { email: user.email, succeeded: false } });
    // Simultaneous attempts may all be refused (each sees the others); never more than the limit pass.
    expect(failures).toBeLessThanOrEqual(MAX_FAILURES_PER_IP_AND_ACCOUNT);
  });
});

describe("password reset tokens", () => {
  const reset = (token: string, password = STRONG) =>
    resetPasswordAction({ token, password, confirmPassword: password });

  it("stores only the token's hash and resets the password once", async () => {
    const user = await createUserWithPassword();
    const token = await createPasswordResetToken(user.id);
    const row = await testDb().passwordResetToken.findFirstOrThrow({ where: { userId: user.id, usedAt: null } });
    expect(row.tokenHash).toBe(hashResetToken(token));
    expect(row.tokenHash).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(RESET_TOKEN_TTL_MS);

    await expect(reset(token)).resolves.toMatchObject({ ok: true });
    const { passwordHash, sessionVersion } = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(passwordHash!, STRONG)).toBe(true);
    expect(sessionVersion).toBe(1); // every session signed with the old password has ended

    // Reused: refused, and the password stays as set.
    await expect(reset(token, "another strong passphrase")).resolves.toEqual({
      ok: false,
      message: INVALID_RESET_LINK_MESSAGE,
    });
  });

  it("refuses an expired token", async () => {
    const user = await createUserWithPassword();
    const token = await createPasswordResetToken(user.id, new Date(Date.now() - RESET_TOKEN_TTL_MS - 60_000));
    await expect(reset(token)).resolves.toEqual({ ok: false, message: INVALID_RESET_LINK_MESSAGE });
  });

  it("refuses an unknown or malformed token", async () => {
    await expect(reset("A".repeat(43))).resolves.toEqual({ ok: false, message: INVALID_RESET_LINK_MESSAGE });
    // Malformed: refused by the schema, on the token (the form shows it as its message).
    await expect(reset("short")).resolves.toMatchObject({
      ok: false,
      fieldErrors: { token: [INVALID_RESET_LINK_MESSAGE] },
    });
  });

  it("changes only the password of the token's owner", async () => {
    const [owner, other] = await Promise.all([createUserWithPassword(), createUserWithPassword()]);
    const token = await createPasswordResetToken(owner.id);
    await expect(reset(token)).resolves.toMatchObject({ ok: true });
    const otherHash = (await testDb().user.findUniqueOrThrow({ where: { id: other.id } })).passwordHash!;
    expect(await verifyPassword(otherHash, TEST_PASSWORD)).toBe(true);
  });

  it("invalidates a user's earlier tokens when a new one is issued", async () => {
    const user = await createUserWithPassword();
    const first = await createPasswordResetToken(user.id);
    const second = await createPasswordResetToken(user.id);
    await expect(reset(first)).resolves.toEqual({ ok: false, message: INVALID_RESET_LINK_MESSAGE });
    await expect(reset(second)).resolves.toMatchObject({ ok: true });
  });

  it("sends a link only for an existing account, and at most three an hour", async () => {
    const deliver = vi.fn(async (_to: string, _link: string) => {});
    await requestPasswordReset(uniqueEmail(), deliver);
    expect(deliver).not.toHaveBeenCalled();

    const user = await createUserWithPassword();
    for (let i = 0; i < 4; i++) await requestPasswordReset(user.email, deliver);
    expect(deliver).toHaveBeenCalledTimes(3);
    const [to, link] = deliver.mock.calls[2]!;
    expect(to).toBe(user.email);
    const token = new URL(link).searchParams.get("token")!;
    expect(new URL(link).pathname).toBe("/reset-password");
    await expect(reset(token)).resolves.toMatchObject({ ok: true });
  });
});
