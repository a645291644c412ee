import { randomUUID } from "node:crypto";
import { hashTokenSecret, generateTokenSecret, tokenPrefix } from "@/lib/api/token-secret";
import { testDb } from "./db";

/**
 * Personal access tokens and requests for the public API's tests (tests/integration/api*.ts,
 * the authorization matrix and the bad-input suite): a token row made as the app makes one
 * (only the hash stored), and a Request carrying it as `Authorization: Bearer`.
 */

export const API_BASE = "http://localhost";

export async function apiToken(
  userId: string,
  options: { scope?: "READ" | "READ_WRITE"; expiresAt?: Date | null; revokedAt?: Date | null } = {},
): Promise<string> {
  const secret = generateTokenSecret();
  const expiresAt = options.expiresAt === undefined ? new Date(Date.now() + 86_400_000) : options.expiresAt;
  await testDb().apiToken.create({
    data: {
      userId,
      name: `test ${randomUUID().slice(0, 8)}`,
      scope: options.scope ?? "READ_WRITE",
      tokenHash: hashTokenSecret(secret),
      prefix: tokenPrefix(secret),
      expiresAt,
      // An expired token was made before it expired (a CHECK holds the order).
      ...(expiresAt && expiresAt <= new Date() ? { createdAt: new Date(expiresAt.getTime() - 86_400_000) } : {}),
      revokedAt: options.revokedAt ?? null,
    },
  });
  return secret;
}

type Init = { token?: string | null; method?: string; json?: unknown; body?: string; headers?: Record<string, string> };

export function apiRequest(path: string, { token, method, json, body, headers = {} }: Init = {}): Request {
  const all: Record<string, string> = { ...headers };
  if (token) all.Authorization = `Bearer ${token}`;
  if (json !== undefined) all["Content-Type"] ??= "application/json";
  return new Request(`${API_BASE}${path}`, {
    method: method ?? (json !== undefined || body !== undefined ? "POST" : "GET"),
    headers: all,
    body: json !== undefined ? JSON.stringify(json) : body,
  });
}

/** A caller's request with their own token (none for a guest): what the matrix sends. */
export async function asCaller(
  caller: { id: string } | null,
  path: string,
  init: Omit<Init, "token"> = {},
  scope: "READ" | "READ_WRITE" = "READ_WRITE",
): Promise<Request> {
  return apiRequest(path, { ...init, token: caller ? await apiToken(caller.id, { scope }) : null });
}
