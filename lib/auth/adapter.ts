import "server-only";
import type { Adapter, AdapterAccount, AdapterUser } from "next-auth/adapters";
import { createLearnerAccount } from "@/lib/auth/new-account";
import { db } from "@/lib/db";

/**
 * The part of a next-auth adapter that OAuth sign-in needs under the JWT session strategy:
 * find or create the user, and link the provider account. (@auth/prisma-adapter declares a
 * peer of Prisma ≤ 6, so this is ours, on our Prisma client.) Sessions live in the JWT, so
 * the session methods are not needed. Provider access and refresh tokens are not stored:
 * Skilltrail never calls the providers' APIs, and a token it does not keep cannot leak.
 */
const userSelect = { id: true, email: true, name: true, image: true, emailVerified: true } as const;

const normalizeEmail = (email: string) => email.trim().toLowerCase();

function toAdapterUser(user: {
  id: string;
  email: string;
  name: string | null;
  image: string | null;
  emailVerified: Date | null;
}): AdapterUser {
  return { id: user.id, email: user.email, name: user.name, image: user.image, emailVerified: user.emailVerified };
}

export function skilltrailAdapter(): Adapter {
  return {
    async createUser(user: Omit<AdapterUser, "id">) {
      // Someone signing in with GitHub or Google for the first time becomes a learner.
      const created = await createLearnerAccount({
        email: normalizeEmail(user.email),
        name: user.name ?? null,
        image: user.image ?? null,
        emailVerified: user.emailVerified ?? null,
      });
      return toAdapterUser(created);
    },
    async getUser(id) {
      const user = await db().user.findUnique({ where: { id }, select: userSelect });
      return user && toAdapterUser(user);
    },
    async getUserByEmail(email) {
      const user = await db().user.findUnique({ where: { email: normalizeEmail(email) }, select: userSelect });
      return user && toAdapterUser(user);
    },
    async getUserByAccount({ provider, providerAccountId }) {
      const account = await db().account.findUnique({
        where: { provider_providerAccountId: { provider, providerAccountId } },
        select: { user: { select: userSelect } },
      });
      return account ? toAdapterUser(account.user) : null;
    },
    async updateUser({ id, name, image, emailVerified }) {
      const user = await db().user.update({ where: { id }, data: { name, image, emailVerified }, select: userSelect });
      return toAdapterUser(user);
    },
    async linkAccount(account: AdapterAccount) {
      await db().account.create({
        data: {
          userId: account.userId,
          type: account.type,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
        },
      });
    },
  };
}
