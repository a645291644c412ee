import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { signInSchema } from "@/lib/auth/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { guardPasswordCheck, type GuardOptions } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";

export type PasswordSignInResult =
  | { ok: true; user: { id: string; email: string; name: string | null } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterMinutes: number };

type AccountRow = {
  id: string;
  email: string;
  name: string | null;
  passwordHash: string | null;
  deactivatedAt: Date | null;
};

// Unknown emails are checked against this hash so they take as long as a wrong password.
let dummyHash: Promise<string> | undefined;
const timingDummy = () => (dummyHash ??= hashPassword("not-a-real-password-just-for-timing"));

/**
 * Email + password sign-in, rate-limited (lib/auth/rate-limit.ts). An unknown email, a wrong
 * password, an account without a password (OAuth only) and a deactivated account all give the
 * same answer, "invalid", so the form cannot be used to find out who has an account. Failures
 * on an existing account and every refusal by a limit go to the audit log, for the admins.
 */
export async function signInWithPassword(
  input: unknown,
  ip: string | null,
  now = new Date(),
  options: Omit<GuardOptions, "now"> = {},
): Promise<PasswordSignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  // Read inside the check, so the lookup happens only when no limit refuses the attempt.
  const seen: { user: AccountRow | null } = { user: null };
  const outcome = await guardPasswordCheck(
    email,
    ip,
    async () => {
      const user = await db().user.findUnique({
        where: { email },
        select: { id: true, email: true, name: true, passwordHash: true, deactivatedAt: true },
      });
      seen.user = user;
      const matches = await verifyPassword(user?.passwordHash ?? (await timingDummy()), password);
      return Boolean(user?.passwordHash && !user.deactivatedAt && matches);
    },
    { ...options, now },
  );
  const found = seen.user;
  if (outcome.ok && found) return { ok: true, user: { id: found.id, email: found.email, name: found.name } };

  if (!outcome.ok && outcome.reason === "rate_limited") {
    const owner = await db().user.findUnique({ where: { email }, select: { id: true } });
    await recordAudit(db(), {
      actor: null,
      action: "auth.sign-in-limited",
      entityType: owner ? "User" : "SignIn",
      entityId: owner?.id ?? email,
      ...(owner ? {} : { label: email }),
      after: { email, ip, retryAfterMinutes: outcome.retryAfterMinutes },
    });
    return outcome;
  }
  if (found) {
    await recordAudit(db(), {
      actor: null,
      action: "auth.sign-in-failed",
      entityType: "User",
      entityId: found.id,
      after: { email, ip },
    });
  }
  return { ok: false, reason: "invalid" };
}
