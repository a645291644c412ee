import type { CurrentUser } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { createTestUser, testDb } from "./db";

export const TEST_PASSWORD = "correct horse battery staple";

/** The CurrentUser shape the guards take, from a user row. */
export function asCurrentUser(user: {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  timeZone: string;
}): CurrentUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role, timeZone: user.timeZone };
}

/** A user who can sign in with TEST_PASSWORD. */
export async function createUserWithPassword(role: Role = "LEARNER") {
  const user = await createTestUser(role);
  return testDb().user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(TEST_PASSWORD) } });
}

export async function assignMentor(mentorId: string, learnerId: string) {
  await testDb().mentorAssignment.create({ data: { mentorId, learnerId } });
}
