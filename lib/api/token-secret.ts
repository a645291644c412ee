import { createHash, randomBytes } from "node:crypto";

/**
 * A personal access token's secret: "skt_" and 43 base64url characters (32 random bytes). Only
 * its SHA-256 is stored, so a database leak gives no usable token; the first characters are
 * kept as `prefix`, so the account page can tell tokens apart. Pure apart from the randomness.
 */
export const TOKEN_MARK = "skt_";
export const PREFIX_LENGTH = TOKEN_MARK.length + 8;
/** Longer than any token this makes: a longer bearer is refused before it is hashed. */
export const TOKEN_MAX_LENGTH = 200;

export function generateTokenSecret(): string {
  return `${TOKEN_MARK}${randomBytes(32).toString("base64url")}`;
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export const tokenPrefix = (secret: string) => secret.slice(0, PREFIX_LENGTH);

/** The token in an `Authorization: Bearer <token>` header, or null when there is none or it is malformed. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer +([A-Za-z0-9._~+/=-]+) *$/i.exec(header ?? "");
  const token = match?.[1];
  return token && token.length <= TOKEN_MAX_LENGTH ? token : null;
}
