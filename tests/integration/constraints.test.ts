import { describe, expect, it } from "vitest";
import { createTestUser, seededGuide, testDb } from "../support/db";

/** The database itself refuses bad rows, whatever code path writes them. */
describe("database constraints", () => {
  const day = new Date("2026-03-02");

  async function entry(minutes: number, learnerId?: string, date = day) {
    const guide = await seededGuide();
    const id = learnerId ?? (await createTestUser()).id;
    return testDb().timeEntry.create({ data: { learnerId: id, phaseId: guide.phases[0]!.id, date, minutes } });
  }

  it.each([0, -5, 2000])("refuses a time entry of %i minutes", async (minutes) => {
    await expect(entry(minutes)).rejects.toThrow(/TimeEntry_minutes_range/);
  });

  it("accepts 1 and 1440 minutes", async () => {
    await expect(entry(1)).resolves.toMatchObject({ minutes: 1 });
    await expect(entry(1440)).resolves.toMatchObject({ minutes: 1440 });
  });

  it("refuses a sub-skill weight of 150", async () => {
    const guide = await seededGuide();
    await expect(
      testDb().subSkill.update({ where: { id: guide.subSkills[0]!.id }, data: { weightPercent: 150 } }),
    ).rejects.toThrow(/SubSkill_weight_range/);
  });

  it("caps a learner's calendar day at 24 hours, even across entries", async () => {
    const learner = await createTestUser();
    await entry(1000, learner.id);
    await expect(entry(441, learner.id)).rejects.toThrow(/daily total/);
    await expect(entry(440, learner.id)).resolves.toMatchObject({ minutes: 440 });
    // Another day is independent.
    await expect(entry(1440, learner.id, new Date("2026-03-03"))).resolves.toMatchObject({ minutes: 1440 });
  });

  it("holds the daily cap under concurrent inserts", async () => {
    const learner = await createTestUser();
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => entry(120, learner.id)));
    const accepted = results.filter((r) => r.status === "fulfilled").length;
    expect(accepted).toBe(12);
    const total = await testDb().timeEntry.aggregate({ where: { learnerId: learner.id }, _sum: { minutes: true } });
    expect(total._sum.minutes).toBe(1440);
  });

  it("refuses a time entry dated after tomorrow (UTC)", async () => {
    const future = new Date(Date.now() + 3 * 86_400_000);
    await expect(entry(30, undefined, future)).rejects.toThrow(/future/);
  });

  it("refuses an idempotency key used twice by the same learner", async () => {
    const guide = await seededGuide();
    const learner = await createTestUser();
    const data = { learnerId: learner.id, phaseId: guide.phases[0]!.id, date: day, minutes: 30, idempotencyKey: "k-1" };
    await testDb().timeEntry.create({ data });
    await expect(testDb().timeEntry.create({ data })).rejects.toThrow(/Unique constraint/i);
  });

  it("refuses confidence outside 1..5 and a quiz answer outside the options", async () => {
    const guide = await seededGuide();
    const learner = await createTestUser();
    const question = await testDb().selfCheckQuestion.findFirstOrThrow({ where: { guideId: guide.id } });
    await expect(
      testDb().selfAssessment.create({ data: { learnerId: learner.id, questionId: question.id, confidence: 6 } }),
    ).rejects.toThrow(/SelfAssessment_confidence_range/);
    const quiz = await testDb().quizQuestion.findFirstOrThrow({ where: { guideId: guide.id } });
    await expect(testDb().quizQuestion.update({ where: { id: quiz.id }, data: { correctOption: 4 } })).rejects.toThrow(
      /QuizQuestion_options_valid/,
    );
  });

  it("refuses a mentor assigned to themself and an email that is not normalised", async () => {
    const user = await createTestUser("MENTOR");
    await expect(testDb().mentorAssignment.create({ data: { mentorId: user.id, learnerId: user.id } })).rejects.toThrow(
      /MentorAssignment_not_self/,
    );
    await expect(testDb().user.create({ data: { email: "Someone@Example.com" } })).rejects.toThrow(
      /User_email_normalized/,
    );
  });

  it("refuses to delete a phase that learner records point to (archive instead)", async () => {
    const guide = await seededGuide();
    await entry(30);
    await expect(testDb().phase.delete({ where: { id: guide.phases[0]!.id } })).rejects.toThrow(
      /foreign key|Foreign key/,
    );
  });

  it("keeps the audit log append-only", async () => {
    const row = await testDb().auditLog.create({
      data: { action: "test.append", entityType: "Test", entityId: "1", after: { ok: true } },
    });
    await expect(testDb().auditLog.update({ where: { id: row.id }, data: { action: "tampered" } })).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(testDb().auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/cannot be changed/);
  });
});
