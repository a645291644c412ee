import { describe, expect, it } from "vitest";
import { seedDatabase } from "@/prisma/seed";
import { mlInfrastructureGuide } from "@/lib/guides/content/ml-infrastructure";
import { createTestUser, seededGuide, tableRowCounts, testDb } from "../support/db";

describe("seeded guide", () => {
  it("holds the whole ML Infrastructure guide", async () => {
    const prisma = testDb();
    const guide = await seededGuide();
    expect(guide.title).toBe("ML Infrastructure");
    expect(guide.phases.map((p) => p.estimatedHours)).toEqual([60, 120, 180]);
    expect(guide.phases.reduce((sum, p) => sum + p.estimatedHours, 0)).toBe(360);
    expect(guide.subSkills.map((s) => s.weightPercent)).toEqual([25, 20, 20, 15, 10, 10]);
    expect(guide.subSkills.map((s) => s.name)).toContain("Monitoring & Observability");

    const deliverableCounts = await Promise.all(
      guide.phases.map((p) => prisma.deliverable.count({ where: { phaseId: p.id } })),
    );
    expect(deliverableCounts).toEqual([3, 4, 4]);
    const checklistCounts = await prisma.checklistItem.groupBy({
      by: ["phaseId", "kind"],
      where: { phase: { guideId: guide.id } },
      _count: { _all: true },
    });
    expect(checklistCounts).toHaveLength(6);
    for (const row of checklistCounts) expect(row._count._all).toBe(5);

    const where = { guideId: guide.id };
    expect(await prisma.level.findMany({ where, orderBy: { position: "asc" }, select: { name: true } })).toEqual(
      ["Beginner", "Intermediate", "Advanced", "Expert"].map((name) => ({ name })),
    );
    expect(await prisma.quizQuestion.count({ where: { ...where, origin: "GUIDE" } })).toBe(3);
    const perSubSkill = await prisma.quizQuestion.groupBy({ by: ["subSkillId"], where, _count: { _all: true } });
    expect(perSubSkill).toHaveLength(6);
    for (const row of perSubSkill) expect(row._count._all).toBeGreaterThanOrEqual(2);
    expect(await prisma.selfCheckQuestion.count({ where })).toBe(8);
    expect(await prisma.portfolioProject.count({ where })).toBe(3);
    expect(await prisma.redFlag.count({ where })).toBe(5);
    expect(await prisma.useCase.count({ where })).toBe(3);
    expect(await prisma.faq.count({ where })).toBe(1);
    const sections = await prisma.guideTextItem.groupBy({ by: ["kind"], where, _count: { _all: true } });
    expect(Object.fromEntries(sections.map((s) => [s.kind, s._count._all]))).toEqual(
      Object.fromEntries(Object.entries(mlInfrastructureGuide.sections).map(([kind, items]) => [kind, items.length])),
    );
  });

  it("links every sub-skill to at least one deliverable", async () => {
    const guide = await seededGuide();
    const linked = await testDb().deliverableSubSkill.groupBy({
      by: ["subSkillId"],
      where: { subSkill: { guideId: guide.id } },
      _count: { _all: true },
    });
    expect(new Set(linked.map((l) => l.subSkillId))).toEqual(new Set(guide.subSkills.map((s) => s.id)));
  });

  it("creates the demo accounts with a mentor assigned to the learner", async () => {
    const prisma = testDb();
    const learner = await prisma.user.findUniqueOrThrow({
      where: { email: "learner@skilltrail.dev" },
      include: { mentors: { include: { mentor: true } } },
    });
    expect(learner.role).toBe("LEARNER");
    expect(learner.mentors.map((m) => m.mentor.email)).toEqual(["mentor@skilltrail.dev"]);
    expect((await prisma.user.findUniqueOrThrow({ where: { email: "admin@skilltrail.dev" } })).role).toBe("ADMIN");
    const logged = await prisma.timeEntry.aggregate({ where: { learnerId: learner.id }, _sum: { minutes: true } });
    expect(logged._sum.minutes ?? 0).toBeGreaterThan(0);
  });

  it("is idempotent: seeding again changes no row count and leaves learner data alone", async () => {
    const prisma = testDb();
    const learner = await createTestUser("LEARNER");
    const guide = await seededGuide();
    await prisma.timeEntry.create({
      data: { learnerId: learner.id, phaseId: guide.phases[0]!.id, date: new Date("2026-01-05"), minutes: 90 },
    });
    // An admin edit the seed must not undo.
    await prisma.phase.update({ where: { id: guide.phases[0]!.id }, data: { title: "Foundations (edited)" } });

    const before = await tableRowCounts();
    await seedDatabase(prisma, { demoAccounts: true });
    await seedDatabase(prisma, { demoAccounts: true });
    expect(await tableRowCounts()).toEqual(before);
    expect((await prisma.phase.findUniqueOrThrow({ where: { id: guide.phases[0]!.id } })).title).toBe(
      "Foundations (edited)",
    );
    expect(await prisma.timeEntry.count({ where: { learnerId: learner.id } })).toBe(1);

    await prisma.phase.update({ where: { id: guide.phases[0]!.id }, data: { title: guide.phases[0]!.title } });
  });
});
