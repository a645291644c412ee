import "server-only";
import { signInSchema } from "@/lib/auth/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import {
  discardAttempt,
  markAttemptSucceeded,
  pruneAttempts,
  rateLimitFor,
  recordAttempt,
} from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";

export type PasswordSignInResult =
  | { ok: true; user: { id: string; email: string; name: string | null } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterMinutes: number };

// Unknown emails are checked against this hash so they take as long as a wrong password.
let dummyHash: Promise<string> | undefined;
const timingDummy = () => (dummyHash ??= hashPassword("not-a-real-password-just-for-timing"));

/**
 * Email + password sign-in, rate-limited (lib/auth/rate-limit.ts). An unknown email, a wrong
 * password, an account without a password (OAuth only) and a deactivated account all give the
 * same answer, "invalid", so the form cannot be used to find out who has an account.
 */
export async function signInWithPassword(
  input: unknown,
  ip: string | null,
  now = new Date(),
): Promise<PasswordSignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const attemptId = await recordAttempt(email, ip, now);
  const limit = await rateLimitFor(email, ip, attemptId, now);
  if (limit.limited) {
    await discardAttempt(attemptId);
    return { ok: false, reason: "rate_limited", retryAfterMinutes: limit.retryAfterMinutes };
  }

  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, deactivatedAt: true },
  });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await timingDummy()), password);
  if (!user || !user.passwordHash || user.deactivatedAt || !passwordMatches) return { ok: false, reason: "invalid" };

  await markAttemptSucceeded(attemptId);
  await pruneAttempts(email, now);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
