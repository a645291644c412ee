import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

const { markResourceDoneAction } = await import("@/lib/phases/actions");
const { RESOURCE_ARCHIVED_MESSAGE, RESOURCE_NOT_FOUND_MESSAGE } = await import("@/lib/phases/mutations");
const { getPhaseForLearner } = await import("@/lib/phases/queries");
const { getCareerPage } = await import("@/lib/career/queries");
const { saveCurriculumItemAction } = await import("@/lib/curriculum/actions");
const { listItems } = await import("@/lib/curriculum/queries");
const { partOf } = await import("@/lib/curriculum/parts");
const { mlInfrastructureResumePhraseSubSkills } = await import("@/lib/guides/content/ml-infrastructure-resources");
const { createFixtureGuide } = await import("../support/curriculum");
const { createEnrolledLearner, createTestUser, seededGuide, testDb } = await import("../support/db");

const guide = await seededGuide();
const phase1 = guide.phases[0]!;
const subSkillId = (key: string) => guide.subSkills.find((s) => s.key === key)!.id;

beforeEach(() => signInAs(null));

/** The first active resource of phase 1, with its item. */
async function phase1Resources() {
  return testDb().resource.findMany({
    where: { archivedAt: null, item: { phaseId: phase1.id, archivedAt: null } },
    orderBy: [{ item: { kind: "asc" } }, { item: { position: "asc" } }, { position: "asc" }],
    select: { id: true, estimatedMinutes: true, itemId: true },
  });
}

describe("resources on a phase, marked done by the learner", () => {
  it("marks a resource done and not done; what's left loses and regains its minutes", async () => {
    const me = await createEnrolledLearner();
    signInAs(me);
    const [resource] = await phase1Resources();
    const before = (await getPhaseForLearner(me.id, phase1.key))!;
    expect(before.left.resourceMinutesLeft).toBeGreaterThan(resource!.estimatedMinutes - 1);

    await expect(markResourceDoneAction({ resourceId: resource!.id, done: true })).resolves.toEqual({
      ok: true,
      data: { done: true },
      message: "Marked as done.",
    });
    const after = (await getPhaseForLearner(me.id, phase1.key))!;
    expect(after.left.resourceMinutesLeft).toBe(before.left.resourceMinutesLeft - resource!.estimatedMinutes);
    const shown = [...after.topics, ...after.actions].flatMap((i) => i.resources).find((r) => r.id === resource!.id);
    expect(shown).toMatchObject({ done: true });

    // Twice done is still one row; undone removes it and the minutes count again.
    await markResourceDoneAction({ resourceId: resource!.id, done: true });
    expect(await testDb().resourceProgress.count({ where: { learnerId: me.id } })).toBe(1);
    await markResourceDoneAction({ resourceId: resource!.id, done: false });
    expect(await testDb().resourceProgress.count({ where: { learnerId: me.id } })).toBe(0);
    expect((await getPhaseForLearner(me.id, phase1.key))!.left.resourceMinutesLeft).toBe(
      before.left.resourceMinutesLeft,
    );
  });

  it("touches only the caller's own progress: another learner's done stays as it was", async () => {
    const other = await createEnrolledLearner();
    const me = await createEnrolledLearner();
    const [resource] = await phase1Resources();
    signInAs(other);
    await markResourceDoneAction({ resourceId: resource!.id, done: true });
    signInAs(me);
    await markResourceDoneAction({ resourceId: resource!.id, done: true });
    await markResourceDoneAction({ resourceId: resource!.id, done: false });
    expect(
      await testDb().resourceProgress.findMany({ where: { resourceId: resource!.id, learnerId: other.id } }),
    ).toHaveLength(1);
    const mine = (await getPhaseForLearner(me.id, phase1.key))!;
    const theirs = (await getPhaseForLearner(other.id, phase1.key))!;
    expect(theirs.left.resourceMinutesLeft).toBe(mine.left.resourceMinutesLeft - resource!.estimatedMinutes);
  });

  it("refuses a resource of another guide, and an archived one, changing nothing", async () => {
    const fixture = await createFixtureGuide();
    const foreign = await testDb().resource.findFirstOrThrow({
      where: { item: { phase: { guideId: fixture.id } } },
      select: { id: true },
    });
    const me = await createEnrolledLearner();
    signInAs(me);
    await expect(markResourceDoneAction({ resourceId: foreign.id, done: true })).resolves.toMatchObject({
      ok: false,
      message: RESOURCE_NOT_FOUND_MESSAGE,
    });

    const archived = await testDb().resource.create({
      data: {
        itemId: (await phase1Resources())[0]!.itemId,
        key: `archived-${me.id}`,
        position: 999,
        title: "Archived link",
        url: "https://example.com/archived",
        kind: "ARTICLE",
        cost: "FREE",
        estimatedMinutes: 10,
        archivedAt: new Date(),
      },
    });
    await expect(markResourceDoneAction({ resourceId: archived.id, done: true })).resolves.toMatchObject({
      ok: false,
      message: RESOURCE_ARCHIVED_MESSAGE,
    });
    expect(await testDb().resourceProgress.count({ where: { learnerId: me.id } })).toBe(0);
  });
});

describe("the resource part through the curriculum registry", () => {
  it("adds a resource to a topic, edits it, and refuses a link that is not a web address", async () => {
    const fixture = await createFixtureGuide();
    const item = fixture.phases[0]!.checklistItems[0]!;
    signInAs(await createTestUser("ADMIN"));
    const input = {
      part: "resource",
      itemId: item.id,
      title: "Docker build docs",
      url: "https://docs.docker.com/build/",
      kind: "DOCS",
      cost: "FREE",
      estimatedMinutes: "25",
    };
    const created = await saveCurriculumItemAction(input);
    expect(created).toMatchObject({ ok: true });
    const [row] = await testDb().resource.findMany({ where: { itemId: item.id, title: "Docker build docs" } });
    expect(row).toMatchObject({ url: "https://docs.docker.com/build/", kind: "DOCS", estimatedMinutes: 25 });

    expect(await saveCurriculumItemAction({ ...input, id: row!.id, cost: "PAID" })).toMatchObject({ ok: true });
    expect((await testDb().resource.findUniqueOrThrow({ where: { id: row!.id } })).cost).toBe("PAID");

    const bad = await saveCurriculumItemAction({ ...input, url: "javascript:alert(1)" });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { url: [expect.stringContaining("https://")] } });

    const listed = await listItems(partOf("resource"), { itemId: item.id });
    expect(listed.map((r) => r.values.title)).toContain("Docker build docs");
  });

  it("saves the sub-skills a résumé phrase claims", async () => {
    const fixture = await createFixtureGuide();
    signInAs(await createTestUser("ADMIN"));
    const phrase = await testDb().guideTextItem.findFirstOrThrow({
      where: { guideId: fixture.id, kind: "RESUME_PHRASE" },
      orderBy: { position: "asc" },
    });
    const chosen = [fixture.subSkills[0]!.id, fixture.subSkills[2]!.id].sort();
    const result = await saveCurriculumItemAction({
      part: "textItem",
      id: phrase.id,
      guideId: fixture.id,
      kind: "RESUME_PHRASE",
      text: phrase.text,
      subSkillIds: chosen,
    });
    expect(result).toMatchObject({ ok: true });
    const links = await testDb().resumePhraseSubSkill.findMany({ where: { textItemId: phrase.id } });
    expect(links.map((l) => l.subSkillId).sort()).toEqual(chosen);
  });
});

describe("the career page's backing rule against the database", () => {
  /** Writes an approved submission of a deliverable that gives evidence for `key` (and not for `not`). */
  async function approveDeliverableFor(learnerId: string, key: string, not?: string) {
    const deliverable = await testDb().deliverable.findFirstOrThrow({
      where: {
        phase: { guideId: guide.id },
        AND: [
          { subSkills: { some: { subSkillId: subSkillId(key) } } },
          ...(not ? [{ subSkills: { none: { subSkillId: subSkillId(not) } } }] : []),
        ],
      },
      select: { id: true },
    });
    await testDb().submission.create({
      data: { learnerId, deliverableId: deliverable.id, status: "APPROVED", approvedAt: new Date() },
    });
  }
  const phraseOf = (page: Awaited<ReturnType<typeof getCareerPage>>, index: number) =>
    page.phrases.find((p) => p.text === mlInfrastructureResumePhraseSubSkills[index]!.phrase)!;

  it("marks a phrase backed once each claimed sub-skill has approved work, the others not yet", async () => {
    const me = await createEnrolledLearner();
    const fresh = await getCareerPage(me.id);
    expect(fresh.phrases.length).toBeGreaterThan(0);
    expect(fresh.phrases.every((p) => !p.backed)).toBe(true);
    expect(fresh.atsTips.length).toBeGreaterThan(0);

    // Phrase 3 claims monitoring only; phrase 1 claims serving and infrastructure as code.
    // Phase 1's "deployed model with basic monitoring" gives evidence for serving and monitoring.
    await approveDeliverableFor(me.id, "model-serving-architecture", "infrastructure-as-code");
    const page = await getCareerPage(me.id);
    expect(phraseOf(page, 2)).toMatchObject({ backed: true, missing: [] });
    expect(phraseOf(page, 0)).toMatchObject({
      backed: false,
      evidenced: [expect.objectContaining({ key: "model-serving-architecture" })],
      missing: [expect.objectContaining({ key: "infrastructure-as-code" })],
    });
  });

  it("counts an approved project, but not a submitted one, nor another learner's approved work", async () => {
    const me = await createEnrolledLearner();
    const other = await createEnrolledLearner();
    await approveDeliverableFor(other.id, "ml-pipeline-automation");
    const project = await testDb().portfolioProject.findFirstOrThrow({
      where: { guideId: guide.id, subSkills: { some: { subSkillId: subSkillId("ml-pipeline-automation") } } },
      select: { id: true },
    });
    await testDb().projectProgress.create({ data: { learnerId: me.id, projectId: project.id, status: "SUBMITTED" } });
    expect(phraseOf(await getCareerPage(me.id), 1).backed).toBe(false);

    await testDb().projectProgress.update({
      where: { learnerId_projectId: { learnerId: me.id, projectId: project.id } },
      data: { status: "APPROVED", approvedAt: new Date() },
    });
    expect(phraseOf(await getCareerPage(me.id), 1).backed).toBe(true);
  });
});
