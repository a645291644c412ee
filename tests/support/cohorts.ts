import { randomUUID } from "node:crypto";
import { testDb } from "./db";

/** A cohort on the seeded guide with a unique name, optionally with members and mentors. */
export async function createTestCohort({
  learnerIds = [],
  mentorIds = [],
  name,
}: { learnerIds?: string[]; mentorIds?: string[]; name?: string } = {}) {
  const guide = await testDb().guide.findUniqueOrThrow({ where: { slug: "ml-infrastructure" }, select: { id: true } });
  return testDb().cohort.create({
    data: {
      guideId: guide.id,
      name: name ?? `Cohort ${randomUUID()}`,
      startDate: new Date("2026-01-05T00:00:00Z"),
      members: { create: learnerIds.map((learnerId) => ({ learnerId })) },
      mentors: { create: mentorIds.map((mentorId) => ({ mentorId })) },
    },
  });
}

/** An open invitation to `cohortId` (or an expired one), as an admin's bulk add makes it; returns its link's token too. */
export async function createTestInvitation(
  cohortId: string,
  { email = `invited-${randomUUID()}@test.skilltrail.dev`, expired = false } = {},
) {
  const { newInvitationToken } = await import("@/lib/cohorts/invitations");
  const now = new Date();
  const { token, tokenHash, expiresAt } = newInvitationToken(expired ? new Date(now.getTime() - 30 * 86_400_000) : now);
  const invitation = await testDb().invitation.create({ data: { cohortId, email, tokenHash, expiresAt } });
  return { invitation, token };
}
