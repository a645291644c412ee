import "server-only";
import { db } from "@/lib/db";

/**
 * Sign-in throttling, kept in the SignInAttempt table so it holds across restarts and across
 * several app servers:
 * - at most MAX_FAILURES_PER_EMAIL failed attempts per email in SIGN_IN_WINDOW_MS (a
 *   successful sign-in clears the count: only failures after it are counted);
 * - at most MAX_FAILURES_PER_IP failed attempts per IP address in the same window
 *   (password spraying across many emails).
 *
 * Concurrency without locks: each attempt first records itself as a failure, then counts the
 * *other* failures. Of N simultaneous attempts, the k-th recorded sees at least k - 1 others,
 * so no more than the limit can ever get through. A refused attempt deletes its own row, so
 * hammering a locked account does not extend the lock-out; an allowed one is marked
 * succeeded when the password matches.
 */
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;
/** Recorded when no client address is known; such attempts skip the per-IP limit. */
export const UNKNOWN_IP = "unknown";

export type RateLimitDecision = { limited: false } | { limited: true; retryAfterMinutes: number };

export async function recordAttempt(email: string, ip: string | null, now = new Date()): Promise<string> {
  const row = await db().signInAttempt.create({
    data: { email, ip: ip ?? UNKNOWN_IP, succeeded: false, createdAt: now },
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

/** Whether the attempt `attemptId` (already recorded) must be refused, and for how long. */
export async function rateLimitFor(
  email: string,
  ip: string | null,
  attemptId: string,
  now = new Date(),
): Promise<RateLimitDecision> {
  const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const lastSuccess = await db().signInAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const emailSince = lastSuccess?.createdAt ?? windowStart;

  const [byEmail, byIp] = await Promise.all([
    recentFailures({ email, createdAt: { gt: emailSince } }, attemptId, MAX_FAILURES_PER_EMAIL),
    ip ? recentFailures({ ip, createdAt: { gt: windowStart } }, attemptId, MAX_FAILURES_PER_IP) : [],
  ]);

  // The limit lifts when the limit-th most recent failure leaves the window.
  const unlockTimes = [
    byEmail.length >= MAX_FAILURES_PER_EMAIL ? byEmail[MAX_FAILURES_PER_EMAIL - 1] : undefined,
    byIp.length >= MAX_FAILURES_PER_IP ? byIp[MAX_FAILURES_PER_IP - 1] : undefined,
  ]
    .filter((failure): failure is Date => failure !== undefined)
    .map((failedAt) => failedAt.getTime() + SIGN_IN_WINDOW_MS);
  if (unlockTimes.length === 0) return { limited: false };
  const waitMs = Math.max(...unlockTimes) - now.getTime();
  return { limited: true, retryAfterMinutes: Math.max(1, Math.ceil(waitMs / 60_000)) };
}

async function recentFailures(
  where: { email?: string; ip?: string; createdAt: { gt: Date } },
  excludeId: string,
  take: number,
): Promise<Date[]> {
  const rows = await db().signInAttempt.findMany({
    where: { ...where, succeeded: false, id: { not: excludeId } },
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

/** The client's address: the first x-forwarded-for hop, else x-real-ip. See docs/auth.md. */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string | null {
  const get = (name: string) => {
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  const real = get("x-real-ip")?.trim();
  return (forwarded || real || null)?.slice(0, 64) ?? null;
}
