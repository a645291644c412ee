import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

const actions = await import("@/lib/curriculum/actions");
/** The one save action, for the part named (as the editor's forms send it). */
const save = (part: string, input: object) => actions.saveCurriculumItemAction({ part, ...input });
const withPart = (form: FormData, part: string) => (form.set("part", part), form);
const { ANSWERED_OPTIONS_MESSAGE } = await import("@/lib/curriculum/parts/quiz-question");
const { STALE_WEIGHTS_MESSAGE } = await import("@/lib/curriculum/mutations");
const { getGuideOverview } = await import("@/lib/guides/queries");
const { createFixtureGuide, requirementsOf } = await import("../support/curriculum");
const { createTestUser, testDb } = await import("../support/db");

type Guide = Awaited<ReturnType<typeof createFixtureGuide>>;
type Level = Guide["levels"][number];
/** A level's save input as the editor's form sends it, from its row. */
const levelInput = (level: Level) => ({
  id: level.id,
  guideId: level.guideId,
  name: level.name,
  summary: level.summary,
  typicalExperience: level.typicalExperience,
  capabilities: level.capabilities,
  ...requirementsOf(level),
});
let guide: Guide;
let admin: Awaited<ReturnType<typeof createTestUser>>;
const audit = (entityId: string) =>
  testDb().auditLog.findMany({
    where: { entityId },
    orderBy: { createdAt: "asc" },
    select: { action: true, actorId: true, before: true, after: true },
  });
const positions = async (guideId: string) =>
  await testDb().phase.findMany({
    where: { guideId },
    orderBy: { position: "asc" },
    select: { id: true, position: true },
  });

beforeAll(async () => {
  guide = await createFixtureGuide();
});
beforeEach(async () => {
  admin = await createTestUser("ADMIN");
  signInAs(admin);
});

describe("sub-skill weights", () => {
  const weightsOf = async () =>
    testDb().subSkill.findMany({
      where: { guideId: guide.id, archivedAt: null },
      orderBy: { position: "asc" },
      select: { id: true, weightPercent: true },
    });

  it("refuses a set that does not add up to 100, with the sum in the message, and saves nothing", async () => {
    const before = await weightsOf();
    const auditCount = await testDb().auditLog.count();
    const weights = before.map((w, i) => ({
      id: w.id,
      weightPercent: i === 0 ? w.weightPercent - 5 : w.weightPercent,
    }));
    expect(await actions.saveSubSkillWeightsAction({ guideId: guide.id, weights })).toMatchObject({
      ok: false,
      message: "Weights must add up to 100 (now 95)",
    });
    expect(await weightsOf()).toEqual(before);
    expect(await testDb().auditLog.count()).toBe(auditCount);
  });

  it("refuses a stale form that leaves out a sub-skill, even if its numbers add up", async () => {
    const [first, second, ...rest] = await weightsOf();
    const weights = [{ id: first!.id, weightPercent: first!.weightPercent + second!.weightPercent }, ...rest];
    expect(await actions.saveSubSkillWeightsAction({ guideId: guide.id, weights })).toEqual({
      ok: false,
      message: STALE_WEIGHTS_MESSAGE,
    });
  });

  it("saves a pair moved together (25/20 → 24/21) and audits each change with before and after", async () => {
    const before = await weightsOf();
    expect(before.slice(0, 2).map((w) => w.weightPercent)).toEqual([25, 20]);
    const weights = before.map((w, i) => ({ id: w.id, weightPercent: i === 0 ? 24 : i === 1 ? 21 : w.weightPercent }));
    expect(await actions.saveSubSkillWeightsAction({ guideId: guide.id, weights })).toMatchObject({
      ok: true,
      message: "Weights saved.",
    });
    expect((await weightsOf()).map((w) => w.weightPercent)).toEqual([24, 21, 20, 15, 10, 10]);
    expect(await audit(before[0]!.id)).toEqual([
      { action: "subSkill.updated", actorId: admin.id, before: { weightPercent: 25 }, after: { weightPercent: 24 } },
    ]);
    expect(await audit(before[2]!.id)).toEqual([]); // unchanged: no row
  });
});

describe("phases", () => {
  it("changes an estimate, and the path's total follows on the public overview", async () => {
    const phase = guide.phases[0]!;
    expect((await getGuideOverview(guide.slug))!.totalHours).toBe(360);
    const input = {
      id: phase.id,
      guideId: guide.id,
      title: phase.title,
      summary: phase.summary,
      estimatedHours: 65,
      goals: phase.goals,
    };
    expect(await save("phase", input)).toMatchObject({ ok: true, message: "Phase saved." });
    expect((await getGuideOverview(guide.slug))!.totalHours).toBe(365);
    expect(await audit(phase.id)).toEqual([
      { action: "phase.updated", actorId: admin.id, before: { estimatedHours: 60 }, after: { estimatedHours: 65 } },
    ]);
    expect(await save("phase", { ...input, estimatedHours: 60 })).toMatchObject({ ok: true });
    expect((await getGuideOverview(guide.slug))!.totalHours).toBe(360);
  });

  it("checks every field on the server, with field messages, and saves nothing", async () => {
    const phase = guide.phases[1]!;
    const form = new FormData();
    for (const [k, v] of Object.entries({
      id: phase.id,
      guideId: guide.id,
      title: " ",
      summary: "S",
      estimatedHours: "0",
      goals: "\n \n",
    }))
      form.set(k, v);
    expect(await actions.saveCurriculumItemAction(null, withPart(form, "phase"))).toEqual({
      ok: false,
      message: "Please check the highlighted fields.",
      fieldErrors: {
        title: ["Enter a title."],
        estimatedHours: ["Estimated hours must be at least 1."],
        goals: ["Enter at least one line of goals."],
      },
    });
    const tooMany = { id: phase.id, guideId: guide.id, title: "T", summary: "S", estimatedHours: 10_001, goals: ["g"] };
    expect(await save("phase", tooMany)).toMatchObject({
      fieldErrors: { estimatedHours: ["Estimated hours must be at most 10000."] },
    });
    expect(await save("phase", { ...tooMany, estimatedHours: 12.5 })).toMatchObject({
      fieldErrors: { estimatedHours: ["Enter estimated hours as a whole number."] },
    });
    expect(await testDb().phase.findUniqueOrThrow({ where: { id: phase.id } })).toMatchObject({
      title: phase.title,
      estimatedHours: 120,
    });
    expect(await audit(phase.id)).toEqual([]);
  });

  it("adds a phase at the end from a form (goals one per line), with a stable key and an audit row", async () => {
    const other = await createFixtureGuide();
    const form = new FormData();
    for (const [k, v] of Object.entries({
      guideId: other.id,
      title: "Capstone",
      summary: "Ship it.",
      estimatedHours: "40",
      goals: "Plan\n\nShip ",
    }))
      form.set(k, v);
    const result = await actions.saveCurriculumItemAction(null, withPart(form, "phase"));
    expect(result).toMatchObject({ ok: true, message: "Phase added." });
    const id = (result as { data: { id: string } }).data.id;
    const created = await testDb().phase.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({ position: 3, goals: ["Plan", "Ship"], estimatedHours: 40 });
    expect(created.key).toMatch(/^capstone-[a-f0-9]{8}$/);
    expect(await audit(id)).toMatchObject([
      { action: "phase.created", before: null, after: { title: "Capstone", estimatedHours: 40 } },
    ]);
    expect((await getGuideOverview(other.slug))!.totalHours).toBe(400);
  });
});

describe("order", () => {
  it("moves a phase up by rewriting positions, and refuses to move past the top", async () => {
    const other = await createFixtureGuide();
    const [p1, p2, p3] = other.phases;
    expect(await actions.moveCurriculumItemAction({ entity: "phase", id: p2!.id, direction: "up" })).toMatchObject({
      ok: true,
      message: `Moved “${p2!.title}” to position 1 of 3.`,
    });
    expect(await positions(other.id)).toEqual([
      { id: p2!.id, position: 0 },
      { id: p1!.id, position: 1 },
      { id: p3!.id, position: 2 },
    ]);
    expect(await audit(p2!.id)).toMatchObject([
      { action: "phase.moved", before: { position: 1 }, after: { position: 0 } },
    ]);
    expect(await actions.moveCurriculumItemAction({ entity: "phase", id: p2!.id, direction: "up" })).toEqual({
      ok: false,
      message: "It is already first.",
    });
  });

  it("never lets two rows share a position, even under 12 concurrent moves", async () => {
    const other = await createFixtureGuide();
    const items = await testDb().checklistItem.findMany({
      where: { phaseId: other.phases[0]!.id, kind: "TOPIC" },
      select: { id: true },
    });
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        actions.moveCurriculumItemAction({
          entity: "checklistItem",
          id: items[i % items.length]!.id,
          direction: i % 2 ? "up" : "down",
        }),
      ),
    );
    const after = await testDb().checklistItem.findMany({
      where: { phaseId: other.phases[0]!.id, kind: "TOPIC" },
      select: { position: true },
    });
    expect(after.map((r) => r.position).sort()).toEqual(items.map((_, i) => i));
  });

  it("reorders text items despite their unique (guide, kind, position) index", async () => {
    const items = await testDb().guideTextItem.findMany({
      where: { guideId: guide.id, kind: "OUTCOME" },
      orderBy: { position: "asc" },
    });
    expect(
      await actions.moveCurriculumItemAction({ entity: "textItem", id: items[1]!.id, direction: "up" }),
    ).toMatchObject({ ok: true });
    const after = await testDb().guideTextItem.findMany({
      where: { guideId: guide.id, kind: "OUTCOME" },
      orderBy: { position: "asc" },
    });
    expect(after.map((i) => i.id)).toEqual([items[1]!.id, items[0]!.id, ...items.slice(2).map((i) => i.id)]);
  });
});

describe("archive instead of delete", () => {
  it("archives a phase with time entries; it leaves the overview and the total, and the entries stay", async () => {
    const other = await createFixtureGuide();
    const learner = await createTestUser();
    const phase = other.phases[2]!;
    const entry = await testDb().timeEntry.create({
      data: { learnerId: learner.id, phaseId: phase.id, date: new Date("2026-01-05"), minutes: 90 },
    });
    const result = await actions.removeCurriculumItemAction({ entity: "phase", id: phase.id });
    expect(result).toMatchObject({ ok: true, data: { kind: "archived" } });
    expect((result as { message: string }).message).toContain(
      `Archived “${phase.title}”. Learner records point to it (1)`,
    );
    const overview = (await getGuideOverview(other.slug))!;
    expect(overview.phases.map((p) => p.id)).not.toContain(phase.id);
    expect(overview.totalHours).toBe(180);
    expect(await testDb().timeEntry.findUnique({ where: { id: entry.id } })).toMatchObject({
      phaseId: phase.id,
      minutes: 90,
    });
    expect(await audit(phase.id)).toMatchObject([
      { action: "phase.archived", before: { archivedAt: null }, after: { archivedAt: expect.any(String) } },
    ]);

    expect(await actions.restoreCurriculumItemAction({ entity: "phase", id: phase.id })).toMatchObject({
      ok: true,
      message: `Restored “${phase.title}”.`,
    });
    expect((await getGuideOverview(other.slug))!.totalHours).toBe(360);
  });

  it("keeps a learner's completed topic completed when the topic is archived", async () => {
    const learner = await createTestUser();
    const item = guide.phases[0]!.checklistItems[0]!;
    const completedAt = new Date("2026-02-01T10:00:00Z");
    await testDb().checklistProgress.create({
      data: { learnerId: learner.id, itemId: item.id, completedAt, note: "done" },
    });
    expect(await actions.removeCurriculumItemAction({ entity: "checklistItem", id: item.id })).toMatchObject({
      ok: true,
      data: { kind: "archived" },
    });
    expect(await testDb().checklistItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      archivedAt: expect.any(Date),
    });
    expect(await testDb().checklistProgress.findFirstOrThrow({ where: { itemId: item.id } })).toMatchObject({
      completedAt,
      note: "done",
    });
    const overview = (await getGuideOverview(guide.slug))!;
    expect(overview.phases[0]!._count.checklistItems).toBe(guide.phases[0]!.checklistItems.length - 1);
  });

  it("archives each kind learners point to: deliverable, quiz question, self-check, project", async () => {
    const learner = await createTestUser();
    const deliverable = guide.phases[1]!.deliverables[0]!;
    const question = guide.quizQuestions[0]!;
    const selfCheck = guide.selfChecks[0]!;
    const project = guide.projects[0]!;
    await testDb().submission.create({ data: { learnerId: learner.id, deliverableId: deliverable.id } });
    const attempt = await testDb().quizAttempt.create({
      data: { learnerId: learner.id, guideId: guide.id, questionOrder: [question.id] },
    });
    await testDb().quizAnswer.create({
      data: { attemptId: attempt.id, questionId: question.id, chosenOption: 0, isCorrect: false },
    });
    await testDb().selfAssessment.create({ data: { learnerId: learner.id, questionId: selfCheck.id, confidence: 3 } });
    await testDb().projectProgress.create({ data: { learnerId: learner.id, projectId: project.id } });
    for (const [entity, id] of [
      ["deliverable", deliverable.id],
      ["quizQuestion", question.id],
      ["selfCheck", selfCheck.id],
      ["project", project.id],
    ] as const) {
      expect(await actions.removeCurriculumItemAction({ entity, id }), entity).toMatchObject({
        ok: true,
        data: { kind: "archived" },
      });
    }
    expect(await testDb().quizQuestion.findUniqueOrThrow({ where: { id: question.id } })).toMatchObject({
      archivedAt: expect.any(Date),
    });
  });

  it("deletes an unused item, audited with its last values", async () => {
    const created = await save("checklistItem", {
      phaseId: guide.phases[0]!.id,
      kind: "ACTION",
      title: "Read the docs",
    });
    const id = (created as { data: { id: string } }).data.id;
    expect(await actions.removeCurriculumItemAction({ entity: "checklistItem", id })).toEqual({
      ok: true,
      data: { kind: "deleted" },
      message: "Deleted “Read the docs”.",
    });
    expect(await testDb().checklistItem.findUnique({ where: { id } })).toBeNull();
    expect(await audit(id)).toMatchObject([
      { action: "checklistItem.created", after: { kind: "ACTION", title: "Read the docs" } },
      { action: "checklistItem.deleted", before: { title: "Read the docs", kind: "ACTION" }, after: null },
    ]);
  });

  it("refuses to remove a sub-skill that still carries weight; one at weight 0 and unused is deleted", async () => {
    const weighted = guide.subSkills[5]!;
    expect(await actions.removeCurriculumItemAction({ entity: "subSkill", id: weighted.id })).toEqual({
      ok: false,
      message: "Set its weight to 0 first (now 10), so the other weights still add up to 100.",
    });
    const created = await save("subSkill", {
      guideId: guide.id,
      name: "Scratch",
      description: "d",
      exampleTasks: "t",
    });
    const id = (created as { data: { id: string } }).data.id;
    expect(await testDb().subSkill.findUniqueOrThrow({ where: { id } })).toMatchObject({ weightPercent: 0 });
    expect(await actions.removeCurriculumItemAction({ entity: "subSkill", id })).toMatchObject({
      ok: true,
      data: { kind: "deleted" },
    });
  });
});

describe("validation of the other parts", () => {
  const quiz = () => ({
    guideId: guide.id,
    subSkillId: guide.subSkills[0]!.id,
    prompt: "Which?",
    options: ["A", "B", "C"],
    correctOption: 1,
    explanation: "Because.",
  });

  it("quiz questions: 2–6 options, a correct one among them, an explanation", async () => {
    const count = await testDb().quizQuestion.count({ where: { guideId: guide.id } });
    expect(await save("quizQuestion", { ...quiz(), options: ["Only"], correctOption: 0 })).toMatchObject({
      fieldErrors: { options: ["Give at least 2 options."] },
    });
    expect(await save("quizQuestion", { ...quiz(), options: ["1", "2", "3", "4", "5", "6", "7"] })).toMatchObject({
      fieldErrors: { options: ["Give at most 6 options."] },
    });
    expect(await save("quizQuestion", { ...quiz(), options: ["A", " "] })).toMatchObject({
      fieldErrors: { options: ["Fill in every option, or remove the empty ones."] },
    });
    expect(await save("quizQuestion", { ...quiz(), correctOption: undefined })).toMatchObject({
      fieldErrors: { correctOption: ["Choose the correct option."] },
    });
    expect(await save("quizQuestion", { ...quiz(), correctOption: 3 })).toMatchObject({
      fieldErrors: { correctOption: ["Choose the correct option."] },
    });
    expect(await save("quizQuestion", { ...quiz(), explanation: "" })).toMatchObject({
      fieldErrors: { explanation: ["Enter an explanation."] },
    });
    expect(await save("quizQuestion", { ...quiz(), subSkillId: "" })).toMatchObject({
      fieldErrors: { subSkillId: ["Choose a sub-skill."] },
    });
    expect(await testDb().quizQuestion.count({ where: { guideId: guide.id } })).toBe(count);
    expect(await save("quizQuestion", quiz())).toMatchObject({ ok: true, message: "Question added." });
  });

  it("quiz questions learners answered keep their options", async () => {
    const question = guide.quizQuestions[1]!;
    const learner = await createTestUser();
    const attempt = await testDb().quizAttempt.create({
      data: { learnerId: learner.id, guideId: guide.id, questionOrder: [question.id] },
    });
    await testDb().quizAnswer.create({
      data: { attemptId: attempt.id, questionId: question.id, chosenOption: 2, isCorrect: false },
    });
    const input = {
      id: question.id,
      guideId: guide.id,
      subSkillId: question.subSkillId,
      prompt: question.prompt,
      options: question.options,
      correctOption: question.correctOption,
      explanation: question.explanation,
    };
    expect(await save("quizQuestion", { ...input, correctOption: (question.correctOption + 1) % 4 })).toEqual({
      ok: false,
      message: ANSWERED_OPTIONS_MESSAGE,
      fieldErrors: { options: [ANSWERED_OPTIONS_MESSAGE] },
    });
    expect(await save("quizQuestion", { ...input, prompt: "Reworded?" })).toMatchObject({
      ok: true,
      message: "Question saved.",
    });
  });

  it("levels: thresholds inside the database's ranges", async () => {
    const level = guide.levels[2]!;
    const { id } = level;
    const input = { ...levelInput(level), minQuizPercent: 101 };
    expect(await save("level", input)).toMatchObject({
      fieldErrors: { minQuizPercent: ["The quiz percent must be at most 100."] },
    });
    expect(await save("level", { ...input, minQuizPercent: 80, minTotalHours: -1 })).toMatchObject({
      fieldErrors: { minTotalHours: ["Total hours must be at least 0."] },
    });
    expect(await testDb().level.findUniqueOrThrow({ where: { id } })).toMatchObject({ minQuizPercent: 75 });
    expect(await save("level", { ...input, minQuizPercent: 80 })).toMatchObject({ ok: true });
    expect(await audit(id)).toMatchObject([
      { action: "level.updated", before: { minQuizPercent: 75 }, after: { minQuizPercent: 80 } },
    ]);
  });

  it("levels: thresholds never lower than the level before, nor higher than the level after", async () => {
    // Read afresh: the test above changed a threshold of the third level.
    const [, second, third, fourth] = await testDb().level.findMany({
      where: { guideId: guide.id },
      orderBy: { position: "asc" },
    });
    const { id } = third!;
    const input = levelInput(third!);
    const audited = (await audit(id)).length;
    expect(
      await save("level", {
        ...input,
        minTotalHours: second!.minTotalHours - 1,
        minQuizPercent: fourth!.minQuizPercent + 1,
        minOverallScore: second!.minOverallScore - 1,
      }),
    ).toEqual({
      ok: false,
      message: "Please check the highlighted fields.",
      fieldErrors: {
        minTotalHours: [`Total hours must be at least ${second!.minTotalHours}, as in the level before.`],
        minQuizPercent: [`The quiz percent must be at most ${fourth!.minQuizPercent}, as in the level after.`],
        minOverallScore: [`The overall score must be at least ${second!.minOverallScore}, as in the level before.`],
      },
    });
    expect(await save("level", { ...input, minSubSkillScore: fourth!.minSubSkillScore + 1 })).toMatchObject({
      fieldErrors: { minSubSkillScore: [expect.stringContaining("as in the level after")] },
    });
    expect(await testDb().level.findUniqueOrThrow({ where: { id } })).toMatchObject(requirementsOf(third!));
    expect(await audit(id)).toHaveLength(audited);
    // Equal to a neighbour is fine: thresholds may stay level.
    expect(await save("level", { ...input, minTotalHours: second!.minTotalHours })).toMatchObject({ ok: true });
  });

  it("guide settings: review window 1…60 days", async () => {
    const input = {
      id: guide.id,
      title: guide.title,
      tagline: guide.tagline,
      overview: guide.overview,
      reviewWindowDays: 61,
    };
    expect(await save("guide", input)).toMatchObject({
      fieldErrors: { reviewWindowDays: ["The review window must be at most 60."] },
    });
    expect(await save("guide", { ...input, reviewWindowDays: 0 })).toMatchObject({
      fieldErrors: { reviewWindowDays: ["The review window must be at least 1."] },
    });
    expect(await save("guide", { ...input, reviewWindowDays: 5 })).toMatchObject({
      ok: true,
      message: "Settings saved.",
    });
    expect(await audit(guide.id)).toMatchObject([
      { action: "guide.updated", before: { reviewWindowDays: 3 }, after: { reviewWindowDays: 5 } },
    ]);
  });

  it("deliverables name sub-skills of their own guide only", async () => {
    const other = await createFixtureGuide();
    const input = {
      phaseId: guide.phases[0]!.id,
      title: "Cross-guide",
      description: "d",
      subSkillIds: [other.subSkills[0]!.id],
    };
    expect(await save("deliverable", input)).toMatchObject({
      ok: false,
      fieldErrors: { subSkillIds: ["Choose sub-skills from this guide's list."] },
    });
    expect(await save("deliverable", { ...input, subSkillIds: [] })).toMatchObject({
      fieldErrors: { subSkillIds: ["Choose at least one sub-skill this deliverable gives evidence for."] },
    });
  });

  it("is for admins only", async () => {
    signInAs(await createTestUser("MENTOR"));
    expect(
      await actions.moveCurriculumItemAction({ entity: "phase", id: guide.phases[1]!.id, direction: "up" }),
    ).toEqual({ ok: false, message: "You don't have access to this." });
    expect(await testDb().phase.findUniqueOrThrow({ where: { id: guide.phases[1]!.id } })).toMatchObject({
      position: 1,
    });
  });
});
