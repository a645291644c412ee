import { describe, expect, it } from "vitest";

const { getVersionComparison } = await import("@/lib/reviews/queries");
const { createTestUser, testDb } = await import("../support/db");
const { reviewScenario } = await import("../support/reviews");

/**
 * "Compare versions" reads through the same WHERE clause as the versions themselves: the
 * learner, their assigned mentor and admins get the diff; anyone else gets nothing at all.
 */

async function twoVersions() {
  const scenario = await reviewScenario({ version: 2 });
  const [v1, v2] = scenario.submission.versions;
  await testDb().submissionVersion.update({ where: { id: v1!.id }, data: { description: "Served with Flask." } });
  await testDb().submissionVersion.update({ where: { id: v2!.id }, data: { description: "Served with FastAPI." } });
  return scenario;
}

describe("comparing two versions of a submission", () => {
  it("gives the learner, their mentor and an admin the same word diff", async () => {
    const { learner, mentor, submission } = await twoVersions();
    const admin = await createTestUser("ADMIN");
    for (const user of [learner, mentor, admin]) {
      const comparison = await getVersionComparison(user, submission.id, "1", "2");
      expect(comparison).toMatchObject({ numbers: [1, 2], from: 1, to: 2 });
      const description = comparison?.fields?.find((f) => f.field === "description");
      expect(description?.parts).toEqual([
        { kind: "same", text: "Served with " },
        { kind: "removed", text: "Flask" },
        { kind: "added", text: "FastAPI" },
        { kind: "same", text: "." },
      ]);
    }
  });

  it("gives another learner and an unassigned mentor nothing, not even the version numbers", async () => {
    const { submission } = await twoVersions();
    for (const outsider of [await createTestUser("LEARNER"), await createTestUser("MENTOR")]) {
      await expect(getVersionComparison(outsider, submission.id, "1", "2")).resolves.toBeNull();
    }
  });

  it("leaves drafts out and offers the last two versions when none are chosen", async () => {
    const { learner, submission } = await twoVersions();
    await testDb().submissionVersion.create({
      data: { submissionId: submission.id, number: 3, description: "Draft in progress" },
    });
    const comparison = await getVersionComparison(learner, submission.id, "2", "3");
    expect(comparison).toEqual({ numbers: [1, 2], from: 1, to: 2, fields: null });
  });
});
