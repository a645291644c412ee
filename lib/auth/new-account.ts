import "server-only";
import { DEFAULT_GUIDE_SLUG, enrollLearner } from "@/lib/guides/enrollment";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type NewAccount = {
  email: string;
  name: string | null;
  passwordHash?: string | null;
  image?: string | null;
  emailVerified?: Date | null;
  timeZone?: string;
  timeZoneSetAt?: Date | null;
};

/** More work of the caller's in the account's transaction (sign-up accepts a cohort invitation). */
export type WithNewAccount = (tx: Prisma.TransactionClient, user: { id: string; email: string }) => Promise<unknown>;

/**
 * A new learner, enrolled in the default guide, in one transaction. Used by sign-up and by
 * the first OAuth sign-in (lib/auth/adapter.ts). `email` must already be normalized.
 */
export async function createLearnerAccount(account: NewAccount, alsoInTransaction?: WithNewAccount) {
  return db().$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { ...account, role: "LEARNER" },
      select: { id: true, email: true, name: true, image: true, emailVerified: true },
    });
    if (!(await enrollLearner(tx, user.id))) {
      console.warn(
        `[accounts] guide "${DEFAULT_GUIDE_SLUG}" is not seeded: ${user.id} signed up without an enrollment`,
      );
    }
    await alsoInTransaction?.(tx, user);
    return user;
  });
}
