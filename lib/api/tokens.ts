import "server-only";
import { ActionError } from "@/lib/actions/result";
import { db } from "@/lib/db";
import type { CreateTokenInput } from "@/lib/api/schema";
import { generateTokenSecret, hashTokenSecret, tokenPrefix } from "@/lib/api/token-secret";

/**
 * A user's personal access tokens: created (the secret returned once, only its hash kept),
 * listed with their last use, revoked. Every statement filters on the owner's id.
 */

export const TOKEN_NOT_FOUND_MESSAGE = "That token no longer exists. Reload the page to see your tokens.";
export const MAX_ACTIVE_TOKENS = 20;

const tokenSelect = {
  id: true,
  name: true,
  scope: true,
  prefix: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdAt: true,
} as const;

export type TokenRow = {
  id: string;
  name: string;
  scope: "READ" | "READ_WRITE";
  prefix: string;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
};

/** The token as the API answers it (dates as ISO strings). */
export function tokenJson(row: TokenRow) {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    prefix: row.prefix,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function createApiToken(
  userId: string,
  input: CreateTokenInput,
  now = new Date(),
): Promise<{ secret: string; row: TokenRow }> {
  const active = await db().apiToken.count({
    where: { userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
  });
  if (active >= MAX_ACTIVE_TOKENS) {
    throw new ActionError(
      `You have ${MAX_ACTIVE_TOKENS} active tokens, the most one account may have. Revoke one first.`,
    );
  }
  const secret = generateTokenSecret();
  const row = await db().apiToken.create({
    data: {
      userId,
      name: input.name,
      scope: input.scope,
      tokenHash: hashTokenSecret(secret),
      prefix: tokenPrefix(secret),
      expiresAt: input.expiresInDays === null ? null : new Date(now.getTime() + input.expiresInDays * 86_400_000),
      createdAt: now,
    },
    select: tokenSelect,
  });
  return { secret, row };
}

/** The user's tokens, newest first; revoked ones stay listed (marked) so the page says what happened. */
export async function listApiTokens(userId: string): Promise<TokenRow[]> {
  return db().apiToken.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: 100, select: tokenSelect });
}

/** Revoking twice (two tabs) is the same outcome; another user's token id is "not found". */
export async function revokeApiToken(userId: string, id: string, now = new Date()): Promise<void> {
  const token = await db().apiToken.findFirst({ where: { id, userId }, select: { revokedAt: true } });
  if (!token) throw new ActionError(TOKEN_NOT_FOUND_MESSAGE);
  if (token.revokedAt) return;
  await db().apiToken.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: now } });
}
