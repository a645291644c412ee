import { hash, verify } from "@node-rs/argon2";

// OWASP Password Storage Cheat Sheet, Argon2id option 2: m=19 MiB, t=2, p=1.
const ARGON2_OPTIONS = {
  algorithm: 2 /* Algorithm.Argon2id: an ambient const enum, unusable under isolatedModules */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed check, never a crash of the sign-in request.
    return false;
  }
}
