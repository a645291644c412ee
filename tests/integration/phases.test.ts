import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

const { saveChecklistNoteAction, toggleChecklistItemAction } = await import("@/lib/phases/actions");
const { ITEM_ARCHIVED_MESSAGE, ITEM_NOT_FOUND_MESSAGE } = await import("@/lib/phases/mutations");
const { getPhaseForLearner, listPhasesForLearner } = await import("@/lib/phases/queries");
const { NOTE_TOO_LONG_MESSAGE } = await import("@/lib/phases/schema");
const { learnerGuide } = await import("@/lib/guides/enrollment");
const { createTestUser, seededGuide, testDb } = await import("../support/db");

const guide = await seededGuide();
const phase1 = guide.phases[0]!;
const phase2 = guide.phases[1]!;
const items = await testDb().checklistItem.findMany({
  where: { phaseId: phase1.id, archivedAt: null },
  orderBy: [{ kind: "asc" }, { position: "asc" }],
});
const topic = items.find((i) => i.kind === "TOPIC")!;
const action = items.find((i) => i.kind === "ACTION")!;

/** A signed-in learner, enrolled as sign-up does. */
async function learner() {
  const user = await createTestUser("LEARNER");
  await learnerGuide(user.id);
  signInAs(user);
  return user;
}
const progressOf = (learnerId: string) =>
  testDb().checklistProgress.findMany({
    where: { learnerId },
    select: { itemId: true, completedAt: true, note: true },
  });

beforeEach(() => {
  signInAs(null);
});

describe("ticking checklist items", () => {
  it("ticks and unticks a topic; ticking twice keeps the first completion time", async () => {
    const me = await learner();
    await expect(toggleChecklistItemAction({ itemId: topic.id, completed: true })).resolves.toEqual({
      ok: true,
      data: { completed: true },
      message: "Marked as done.",
    });
    const [first] = await progressOf(me.id);
    expect(first).toMatchObject({ itemId: topic.id, note: null });
    expect(first?.completedAt).toBeInstanceOf(Date);

    await toggleChecklistItemAction({ itemId: topic.id, completed: true });
    expect((await progressOf(me.id))[0]?.completedAt).toEqual(first?.completedAt);

    await expect(toggleChecklistItemAction({ itemId: topic.id, completed: false })).resolves.toMatchObject({
      ok: true,
      message: "Marked as not done.",
    });
    expect(await progressOf(me.id)).toEqual([{ itemId: topic.id, completedAt: null, note: null }]);
  });

  it("reads the checkbox from a submitted form", async () => {
    const me = await learner();
    const form = new FormData();
    form.set("itemId", action.id);
    form.set("completed", "true");
    await expect(toggleChecklistItemAction(null, form)).resolves.toMatchObject({ ok: true });
    expect((await progressOf(me.id))[0]?.completedAt).toBeInstanceOf(Date);
  });

  it("survives concurrent first ticks of the same item with one row", async () => {
    const me = await learner();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => toggleChecklistItemAction({ itemId: topic.id, completed: true })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await progressOf(me.id)).toHaveLength(1);
  });

  it("refuses a missing item id or state, field by field, and saves nothing", async () => {
    const me = await learner();
    const result = await toggleChecklistItemAction({ itemId: "", completed: "maybe" });
    expect(result).toEqual({
      ok: false,
      message: "Please check the highlighted fields.",
      fieldErrors: { itemId: ["Choose a checklist item."], completed: ["Say whether the item is done."] },
    });
    expect(await progressOf(me.id)).toEqual([]);
  });

  it("says an unknown item (or another learner's progress row id) is not found, and changes nothing", async () => {
    const other = await learner();
    await toggleChecklistItemAction({ itemId: topic.id, completed: true });
    const othersRow = await testDb().checklistProgress.findFirstOrThrow({ where: { learnerId: other.id } });
    const me = await learner();
    for (const itemId of ["no-such-item", othersRow.id]) {
      await expect(toggleChecklistItemAction({ itemId, completed: true })).resolves.toEqual({
        ok: false,
        message: ITEM_NOT_FOUND_MESSAGE,
      });
      await expect(saveChecklistNoteAction({ itemId, note: "hi" })).resolves.toEqual({
        ok: false,
        message: ITEM_NOT_FOUND_MESSAGE,
      });
    }
    expect(await progressOf(me.id)).toEqual([]);
    expect(await progressOf(other.id)).toEqual([{ itemId: topic.id, completedAt: othersRow.completedAt, note: null }]);
  });

  it("keeps each learner's checklist their own", async () => {
    const a = await learner();
    await toggleChecklistItemAction({ itemId: topic.id, completed: true });
    await saveChecklistNoteAction({ itemId: topic.id, note: "A's note" });
    const b = await learner();
    await toggleChecklistItemAction({ itemId: topic.id, completed: false });
    await saveChecklistNoteAction({ itemId: action.id, note: "B's note" });
    expect(await progressOf(a.id)).toEqual([{ itemId: topic.id, completedAt: expect.any(Date), note: "A's note" }]);
    const bView = await getPhaseForLearner(b.id, phase1.key);
    expect(bView?.topics.find((t) => t.id === topic.id)).toMatchObject({ completed: false, note: null });
  });

  it("refuses guests and non-learners", async () => {
    await expect(toggleChecklistItemAction({ itemId: topic.id, completed: true })).resolves.toEqual({
      ok: false,
      message: "Please sign in to continue.",
    });
    const mentor = signInAs(await createTestUser("MENTOR"));
    const denied = { ok: false, message: "You don't have access to this." };
    await expect(toggleChecklistItemAction({ itemId: topic.id, completed: true })).resolves.toEqual(denied);
    await expect(saveChecklistNoteAction({ itemId: topic.id, note: "x" })).resolves.toEqual(denied);
    expect(await testDb().checklistProgress.count({ where: { learnerId: mentor.id } })).toBe(0);
  });
});

describe("private notes", () => {
  it("saves, edits and clears a note (trimmed; empty removes it)", async () => {
    const me = await learner();
    await expect(
      saveChecklistNoteAction({ itemId: action.id, note: "  Used the  SageMaker tutorial.  " }),
    ).resolves.toEqual({
      ok: true,
      data: { note: "Used the  SageMaker tutorial." },
      message: "Note saved.",
    });
    await saveChecklistNoteAction({ itemId: action.id, note: "Second thoughts" });
    expect(await progressOf(me.id)).toEqual([{ itemId: action.id, completedAt: null, note: "Second thoughts" }]);
    await expect(saveChecklistNoteAction({ itemId: action.id, note: "   " })).resolves.toMatchObject({
      ok: true,
      message: "Note removed.",
    });
    expect(await progressOf(me.id)).toEqual([{ itemId: action.id, completedAt: null, note: null }]);
  });

  it("accepts 2,000 characters and refuses 2,001 with a message on the note, keeping the old note", async () => {
    const me = await learner();
    await expect(saveChecklistNoteAction({ itemId: topic.id, note: "n".repeat(2000) })).resolves.toMatchObject({
      ok: true,
    });
    const result = await saveChecklistNoteAction({ itemId: topic.id, note: "x".repeat(2001) });
    expect(result).toEqual({
      ok: false,
      message: "Please check the highlighted fields.",
      fieldErrors: { note: [NOTE_TOO_LONG_MESSAGE] },
    });
    expect((await progressOf(me.id))[0]?.note).toBe("n".repeat(2000));
  });

  it("clearing a note that was never written creates nothing", async () => {
    const me = await learner();
    await expect(saveChecklistNoteAction({ itemId: topic.id, note: "" })).resolves.toMatchObject({ ok: true });
    expect(await progressOf(me.id)).toEqual([]);
  });
});

describe("archived items", () => {
  const key = `test-archived-${randomUUID()}`;
  afterAll(async () => {
    await testDb().checklistProgress.deleteMany({ where: { item: { key } } });
    await testDb().checklistItem.deleteMany({ where: { key } });
  });

  it("are hidden from new choices but stay, marked, for a learner who completed one; read-only", async () => {
    const item = await testDb().checklistItem.create({
      data: { phaseId: phase1.id, kind: "TOPIC", key, position: 99, title: "Soon archived topic" },
    });
    const doer = await learner();
    await toggleChecklistItemAction({ itemId: item.id, completed: true });
    await saveChecklistNoteAction({ itemId: item.id, note: "Learned it before it went away" });
    await testDb().checklistItem.update({ where: { id: item.id }, data: { archivedAt: new Date() } });

    const doerView = await getPhaseForLearner(doer.id, phase1.key);
    expect(doerView?.topics.find((t) => t.id === item.id)).toMatchObject({
      archived: true,
      completed: true,
      note: "Learned it before it went away",
    });
    await expect(toggleChecklistItemAction({ itemId: item.id, completed: false })).resolves.toEqual({
      ok: false,
      message: ITEM_ARCHIVED_MESSAGE,
    });
    await expect(saveChecklistNoteAction({ itemId: item.id, note: "edit" })).resolves.toEqual({
      ok: false,
      message: ITEM_ARCHIVED_MESSAGE,
    });
    expect((await progressOf(doer.id))[0]).toMatchObject({
      completedAt: expect.any(Date),
      note: "Learned it before it went away",
    });
    // Counts describe the path as it stands: the archived item counts for no one.
    const summary = (await listPhasesForLearner(doer.id)).find((p) => p.key === phase1.key);
    expect(summary?.checklist).toEqual({ done: 0, total: items.length });

    const newcomer = await learner();
    const newView = await getPhaseForLearner(newcomer.id, phase1.key);
    expect(newView?.topics.map((t) => t.id)).not.toContain(item.id);
    await expect(toggleChecklistItemAction({ itemId: item.id, completed: true })).resolves.toEqual({
      ok: false,
      message: ITEM_ARCHIVED_MESSAGE,
    });
    expect(await progressOf(newcomer.id)).toEqual([]);
  });
});

describe("phase pages", () => {
  it("show goals, both checklists, deliverables and the learner's hours (summed in SQL, theirs only)", async () => {
    const me = await learner();
    const other = await createTestUser("LEARNER");
    const day = (n: number) => new Date(Date.UTC(2026, 0, n));
    await testDb().timeEntry.createMany({
      data: [
        { learnerId: me.id, phaseId: phase1.id, date: day(5), minutes: 90 },
        { learnerId: me.id, phaseId: phase1.id, date: day(6), minutes: 45 },
        { learnerId: me.id, phaseId: phase2.id, date: day(6), minutes: 600 },
        { learnerId: other.id, phaseId: phase1.id, date: day(5), minutes: 300 },
      ],
    });
    await toggleChecklistItemAction({ itemId: topic.id, completed: true });
    await toggleChecklistItemAction({ itemId: action.id, completed: true });

    const phase = await getPhaseForLearner(me.id, phase1.key);
    expect(phase).toMatchObject({
      key: phase1.key,
      number: 1,
      title: phase1.title,
      goals: phase1.goals,
      archived: false,
    });
    expect(phase?.hours).toMatchObject({
      loggedMinutes: 135,
      targetMinutes: phase1.estimatedHours * 60,
      isComplete: false,
    });
    expect(phase?.topics.length).toBe(items.filter((i) => i.kind === "TOPIC").length);
    expect(phase?.actions.length).toBe(items.filter((i) => i.kind === "ACTION").length);
    expect(phase?.deliverables.map((d) => d.status)).toEqual(["NOT_STARTED", "NOT_STARTED", "NOT_STARTED"]);

    const list = await listPhasesForLearner(me.id);
    expect(list.map((p) => p.key)).toEqual(guide.phases.filter((p) => !p.archivedAt).map((p) => p.key));
    expect(list.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(list[0]).toMatchObject({
      checklist: { done: 2, total: items.length },
      deliverables: { approved: 0, total: 3 },
      complete: false,
    });
    expect(list[0]?.hours.loggedMinutes).toBe(135);
    expect(list[1]?.hours.loggedMinutes).toBe(600);
    expect(list[2]?.hours.loggedMinutes).toBe(0);
  });

  it("has no page for an unknown phase key", async () => {
    const me = await learner();
    await expect(getPhaseForLearner(me.id, "no-such-phase")).resolves.toBeNull();
  });
});
