import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A NEXTAUTH_SECRET for local development and tests, generated once and kept in the
 * git-ignored .data folder so sessions survive restarts. Production must set its own.
 */
export function localSecret(): string {
  const file = path.resolve(".data", "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
