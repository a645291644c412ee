import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

const actions = await import("@/lib/curriculum/actions");
/** The one save action, for the part named (as the editor's forms send it). */
const save = (part: string, input: object) => actions.saveCurriculumItemAction({ part, ...input });
const { curriculumChangesSince, learnerCurriculumChanges } = await import("@/lib/guides/changes");
const { createFixtureGuide } = await import("../support/curriculum");
const { createTestUser, seededGuide, testDb } = await import("../support/db");

const dataId = (result: unknown) => (result as { data: { id: string } }).data.id;

beforeEach(async () => {
  signInAs(await createTestUser("ADMIN"));
});

describe("what changed since a learner started", () => {
  it("tells the net effect of the edits made after the start, as short sentences", async () => {
    const guide = await createFixtureGuide();
    const [p1, p2] = guide.phases;
    const phaseInput = (p: typeof p1, estimatedHours: number) => ({
      id: p!.id,
      guideId: guide.id,
      title: p!.title,
      summary: p!.summary,
      estimatedHours,
      goals: p!.goals,
    });

    await save("phase", phaseInput(p1, 70)); // before the learner started: not news
    await new Promise((resolve) => setTimeout(resolve, 20));
    const startedAt = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));

    await save("phase", phaseInput(p2, 125));
    await save("phase", phaseInput(p2, 130)); // folds into one sentence: 120 → 130
    const deliverable = dataId(
      await save("deliverable", {
        phaseId: p2!.id,
        title: "Feature store demo",
        description: "d",
        subSkillIds: [guide.subSkills[0]!.id],
      }),
    );
    const topic = p1!.checklistItems.find((i) => i.kind === "TOPIC")!;
    await testDb().checklistProgress.create({
      data: { learnerId: (await createTestUser()).id, itemId: topic.id, completedAt: new Date() },
    });
    await actions.removeCurriculumItemAction({ entity: "checklistItem", id: topic.id }); // used: archived
    const weights = guide.subSkills.map((s, i) => ({
      id: s.id,
      weightPercent: i === 0 ? 24 : i === 1 ? 21 : s.weightPercent,
    }));
    await actions.saveSubSkillWeightsAction({ guideId: guide.id, weights });
    const temporary = dataId(await save("checklistItem", { phaseId: p1!.id, kind: "ACTION", title: "Gone again" }));
    await actions.removeCurriculumItemAction({ entity: "checklistItem", id: temporary }); // unused: deleted, says nothing
    expect(deliverable).toBeTruthy();

    const sentences = await curriculumChangesSince(guide.id, startedAt);
    expect(sentences).toEqual(
      expect.arrayContaining([
        "Phase 2 now estimates 130 h (was 120 h)",
        "New deliverable: Feature store demo",
        `Archived topic: ${topic.title}`,
        `${guide.subSkills[0]!.name} now weighs 24 % (was 25 %)`,
        `${guide.subSkills[1]!.name} now weighs 21 % (was 20 %)`,
      ]),
    );
    expect(sentences).toHaveLength(5);
    expect(sentences.join(" ")).not.toMatch(/Phase 1|Gone again/);
  });

  it("says nothing about another guide's edits, or when nothing changed", async () => {
    const guide = await createFixtureGuide();
    const other = await createFixtureGuide();
    const startedAt = new Date(Date.now() - 1000);
    const p = other.phases[0]!;
    await save("phase", {
      id: p.id,
      guideId: other.id,
      title: p.title,
      summary: p.summary,
      estimatedHours: 61,
      goals: p.goals,
    });
    expect(await curriculumChangesSince(guide.id, startedAt)).toEqual([]);
    expect(await curriculumChangesSince(other.id, startedAt)).toEqual(["Phase 1 now estimates 61 h (was 60 h)"]);
    await save("phase", {
      id: p.id,
      guideId: other.id,
      title: p.title,
      summary: p.summary,
      estimatedHours: 60,
      goals: p.goals,
    });
    expect(await curriculumChangesSince(other.id, startedAt)).toEqual([]); // changed and changed back
  });

  it("reads from the learner's own enrollment date", async () => {
    const learner = await createTestUser();
    const seeded = await seededGuide();
    await testDb().enrollment.create({
      data: { userId: learner.id, guideId: seeded.id, startedAt: new Date(Date.now() + 60_000) },
    });
    expect(await learnerCurriculumChanges(learner.id)).toEqual([]);
  });
});
