import "server-only";
import type { SignUpInput } from "@/lib/auth/schema";
import { ActionError } from "@/lib/actions/result";
import { hashPassword } from "@/lib/auth/password";
import { DEFAULT_GUIDE_SLUG, enrollLearner } from "@/lib/guides/enrollment";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export const DUPLICATE_EMAIL_MESSAGE = "An account with this email already exists. Sign in instead.";

type NewAccount = {
  email: string;
  name: string | null;
  passwordHash?: string | null;
  image?: string | null;
  emailVerified?: Date | null;
};

/**
 * A new learner, enrolled in the default guide, in one transaction. Used by sign-up and by
 * the first OAuth sign-in (lib/auth/adapter.ts). `email` must already be normalized.
 */
export async function createLearnerAccount(account: NewAccount) {
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
    return user;
  });
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function signUp(input: SignUpInput) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await createLearnerAccount({ email: input.email, name: input.name, passwordHash });
  } catch (error) {
    // The unique index decides, so two simultaneous sign-ups with one email cannot both win.
    if (isUniqueViolation(error)) throw new ActionError(DUPLICATE_EMAIL_MESSAGE, { email: [DUPLICATE_EMAIL_MESSAGE] });
    throw error;
  }
}
