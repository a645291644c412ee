import "server-only";
import { db } from "@/lib/db";
import type { AttemptKind } from "@/lib/generated/prisma/client";

/**
 * Password-guessing limits, kept in the SignInAttempt table so they hold across restarts and
 * across several app servers. Every place that checks a password (sign-in, change password,
 * delete account) goes through `guardPasswordCheck`, so the limits are shared: guesses on the
 * change-password form count toward the same budget as guesses on the sign-in form.
 *
 * Within PASSWORD_WINDOW_MS:
 * - one client address: at most MAX_FAILURES_PER_IP failures, whatever the accounts
 *   (password spraying) — refused;
 * - one client address on one account: at most MAX_FAILURES_PER_IP_AND_ACCOUNT failures since
 *   that account's last success — refused;
 * - one account from every address together: never refused (that would hand anyone a way to
 *   lock the owner out), but past ACCOUNT_FREE_FAILURES each attempt waits longer before the
 *   password is checked, doubling up to ACCOUNT_MAX_DELAY_MS. The owner, from their own address,
 *   still gets in with the right password; an attacker with many addresses is slowed.
 *
 * Concurrency without locks: each attempt first records itself as a failure, then counts the
 * *other* failures. Of N simultaneous attempts, the k-th recorded sees at least k - 1 others,
 * so no more than a limit can ever get through. A refused attempt deletes its own row, so
 * hammering does not extend a limit; an attempt whose password matches is marked succeeded.
 */
export const PASSWORD_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_IP = 20;
export const MAX_FAILURES_PER_IP_AND_ACCOUNT = 5;
export const ACCOUNT_FREE_FAILURES = 5;
export const ACCOUNT_BASE_DELAY_MS = 500;
export const ACCOUNT_MAX_DELAY_MS = 8_000;
/** Recorded when no client address is known; such attempts skip the per-address limit. */
export const UNKNOWN_IP = "unknown";

export type RateLimitDecision = { limited: false; delayMs: number } | { limited: true; retryAfterMinutes: number };

/** The wait before checking a password, given the account's failures (from all addresses) in the window. Pure. */
export function accountDelayMs(accountFailures: number): number {
  if (accountFailures < ACCOUNT_FREE_FAILURES) return 0;
  return Math.min(ACCOUNT_MAX_DELAY_MS, ACCOUNT_BASE_DELAY_MS * 2 ** (accountFailures - ACCOUNT_FREE_FAILURES));
}

export async function recordAttempt(
  email: string,
  ip: string | null,
  now = new Date(),
  kind: AttemptKind = "PASSWORD",
): Promise<string> {
  const row = await db().signInAttempt.create({
    data: { kind, email, ip: ip ?? UNKNOWN_IP, succeeded: false, createdAt: now },
    select: { id: true },
  });
  return row.id;
}

export async function markAttemptSucceeded(attemptId: string): Promise<void> {
  await db().signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}

export async function discardAttempt(attemptId: string): Promise<void> {
  await db().signInAttempt.deleteMany({ where: { id: attemptId } });
}

/** Whether the password check `attemptId` (already recorded) must be refused, or delayed. */
export async function rateLimitFor(
  email: string,
  ip: string | null,
  attemptId: string,
  now = new Date(),
): Promise<RateLimitDecision> {
  const windowStart = new Date(now.getTime() - PASSWORD_WINDOW_MS);
  const lastSuccess = await db().signInAttempt.findFirst({
    where: { kind: "PASSWORD", email, succeeded: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const accountSince = lastSuccess?.createdAt ?? windowStart;
  const knownIp = ip && ip !== UNKNOWN_IP ? ip : null;

  const [byIp, byIpAndAccount, byAccount] = await Promise.all([
    knownIp ? recentFailures({ ip: knownIp, createdAt: { gt: windowStart } }, attemptId, MAX_FAILURES_PER_IP) : [],
    recentFailures(
      { ip: ip ?? UNKNOWN_IP, email, createdAt: { gt: accountSince } },
      attemptId,
      MAX_FAILURES_PER_IP_AND_ACCOUNT,
    ),
    db().signInAttempt.count({
      where: { kind: "PASSWORD", email, succeeded: false, createdAt: { gt: accountSince }, id: { not: attemptId } },
    }),
  ]);

  // A limit lifts when the limit-th most recent failure leaves the window.
  const unlockTimes = [
    byIp.length >= MAX_FAILURES_PER_IP ? byIp[MAX_FAILURES_PER_IP - 1] : undefined,
    byIpAndAccount.length >= MAX_FAILURES_PER_IP_AND_ACCOUNT
      ? byIpAndAccount[MAX_FAILURES_PER_IP_AND_ACCOUNT - 1]
      : undefined,
  ]
    .filter((failure): failure is Date => failure !== undefined)
    .map((failedAt) => failedAt.getTime() + PASSWORD_WINDOW_MS);
  if (unlockTimes.length === 0) return { limited: false, delayMs: accountDelayMs(byAccount) };
  const waitMs = Math.max(...unlockTimes) - now.getTime();
  return { limited: true, retryAfterMinutes: Math.max(1, Math.ceil(waitMs / 60_000)) };
}

async function recentFailures(
  where: { email?: string; ip?: string; createdAt: { gt: Date } },
  excludeId: string,
  take: number,
): Promise<Date[]> {
  const rows = await db().signInAttempt.findMany({
    where: { ...where, kind: "PASSWORD", succeeded: false, id: { not: excludeId } },
    orderBy: { createdAt: "desc" },
    take,
    select: { createdAt: true },
  });
  return rows.map((row) => row.createdAt);
}

/** Attempts older than a day no longer matter to any limit. */
export async function pruneAttempts(email: string, now = new Date()): Promise<void> {
  await db().signInAttempt.deleteMany({ where: { email, createdAt: { lt: new Date(now.getTime() - 86_400_000) } } });
}

export type PasswordCheckOutcome =
  { ok: true } | { ok: false; reason: "invalid" } | { ok: false; reason: "rate_limited"; retryAfterMinutes: number };

export type GuardOptions = {
  now?: Date;
  /** How to wait out an account's delay (tests pass one that records instead of sleeping). */
  sleep?: (ms: number) => Promise<void>;
};

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `check` (which verifies a password and says whether it matched) under the limits above,
 * for the account `email` from address `ip`.
 */
export async function guardPasswordCheck(
  email: string,
  ip: string | null,
  check: () => Promise<boolean>,
  { now = new Date(), sleep = realSleep }: GuardOptions = {},
): Promise<PasswordCheckOutcome> {
  const attemptId = await recordAttempt(email, ip, now);
  const limit = await rateLimitFor(email, ip, attemptId, now);
  if (limit.limited) {
    await discardAttempt(attemptId);
    return { ok: false, reason: "rate_limited", retryAfterMinutes: limit.retryAfterMinutes };
  }
  if (limit.delayMs > 0) await sleep(limit.delayMs);
  if (!(await check())) return { ok: false, reason: "invalid" };
  await markAttemptSucceeded(attemptId);
  await pruneAttempts(email, now);
  return { ok: true };
}
