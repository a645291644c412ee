import type { Role } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { createTestUser, testDb } from "./db";

export { asCurrentUser } from "./current-user";

export const TEST_PASSWORD = "correct horse battery staple";

/** A user who can sign in with TEST_PASSWORD. */
export async function createUserWithPassword(role: Role = "LEARNER") {
  const user = await createTestUser(role);
  return testDb().user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(TEST_PASSWORD) } });
}

export async function assignMentor(mentorId: string, learnerId: string) {
  await testDb().mentorAssignment.create({ data: { mentorId, learnerId } });
}
