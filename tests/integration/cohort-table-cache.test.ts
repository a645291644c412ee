import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { signInAs } from "../support/action-mocks";

/**
 * The cohort table's per-learner cache (lib/dashboard/summaries.ts) against real writes through
 * the real actions: an unchanged table computes nobody's row again and costs only the cohort's
 * lookups and the learners' one statement; after a learner's write, the very next render shows
 * it, recomputing that learner alone; a curriculum edit recomputes everyone. The invalidation is
 * the database's (triggers bump CacheVersion in the writer's transaction), so nothing here relies
 * on this process having taken the write.
 */
const queryLog = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/db", async (importOriginal) =>
  (await import("../support/counting-db")).countingDbModule(importOriginal, queryLog),
);

const { getCohortProgress } = await import("@/lib/cohorts/queries");
const { summaryCacheStats } = await import("@/lib/dashboard/summaries");
const { logHoursAction, deleteTimeEntryAction } = await import("@/lib/hours/actions");
const { submitDeliverableAction } = await import("@/lib/deliverables/actions");
const { addDays, todayInTimeZone } = await import("@/lib/progress/calendar");
const { createEnrolledLearner, seededGuide, testDb } = await import("../support/db");

type Guide = Awaited<ReturnType<typeof seededGuide>>;
type Learner = Awaited<ReturnType<typeof createEnrolledLearner>>;
let guide: Guide;
let cohortId: string;
const learners: Learner[] = [];

const today = () => todayInTimeZone(new Date(), "UTC");
const hours = (overrides: Record<string, unknown> = {}) => ({
  date: addDays(today(), -1),
  duration: "1h",
  phaseId: guide.phases.find((p) => p.archivedAt === null)!.id,
  subSkillId: "",
  note: "",
  idempotencyKey: randomUUID(),
  ...overrides,
});

/** One render's table data, as the page loads it: statements run and rows computed. */
async function render() {
  const before = summaryCacheStats();
  queryLog.count = 0;
  const progress = (await getCohortProgress(cohortId, { today: today() }))!;
  const after = summaryCacheStats();
  return {
    rowOf: (learner: Learner) => progress.summaries.find((s) => s.learnerId === learner.id)!,
    summaries: progress.summaries,
    statements: queryLog.count,
    computed: after.standings - before.standings,
    curricula: after.curricula - before.curricula,
  };
}

beforeAll(async () => {
  guide = await seededGuide();
  for (let i = 0; i < 3; i += 1) {
    const learner = signInAs(await createEnrolledLearner({ timeZone: "UTC", guideId: guide.id }));
    expect(await logHoursAction(hours())).toMatchObject({ ok: true });
    learners.push(learner);
  }
  const cohort = await testDb().cohort.create({
    data: {
      guideId: guide.id,
      name: `Cache ${randomUUID().slice(0, 8)}`,
      startDate: new Date("2026-01-05T00:00:00Z"),
      members: { create: learners.map((l) => ({ learnerId: l.id })) },
    },
  });
  cohortId = cohort.id;
});

describe("the cohort table's cache", () => {
  it("computes no row again while nothing changed: one statement for the learners", async () => {
    const first = await render();
    const second = await render();
    expect(first.computed).toBe(3);
    expect(second.computed).toBe(0);
    expect(second.curricula).toBe(0);
    // The 4 statements over the learners' records, and the curriculum's when it was not cached, are skipped.
    expect(first.statements - second.statements).toBe(4 + first.curricula);
    expect(second.summaries).toEqual(first.summaries);
    expect(second.rowOf(learners[0]!).totalMinutes).toBe(60);
  });

  it("shows a learner's logged, then deleted hours on the next render, recomputing that learner alone", async () => {
    const [ada, bea] = learners;
    await render();
    signInAs(ada!);
    expect(await logHoursAction(hours({ duration: "2h" }))).toMatchObject({ ok: true });
    const logged = await render();
    expect(logged.computed).toBe(1);
    expect(logged.rowOf(ada!).totalMinutes).toBe(180);
    expect(logged.rowOf(ada!).lastActivityDate).toBe(addDays(today(), -1));
    expect(logged.rowOf(bea!).totalMinutes).toBe(60);

    const entry = await testDb().timeEntry.findFirstOrThrow({ where: { learnerId: ada!.id, minutes: 120 } });
    expect(await deleteTimeEntryAction({ id: entry.id })).toMatchObject({ ok: true });
    const deleted = await render();
    expect(deleted.computed).toBe(1);
    expect(deleted.rowOf(ada!).totalMinutes).toBe(60);
  });

  it("shows a submitted deliverable as open work on the next render", async () => {
    const bea = learners[1]!;
    expect((await render()).rowOf(bea).openSubmissions).toBe(0);
    const deliverable = await testDb().deliverable.findFirstOrThrow({
      where: { phase: { guideId: guide.id, archivedAt: null }, archivedAt: null },
      orderBy: [{ phase: { position: "asc" } }, { position: "asc" }],
    });
    signInAs(bea);
    expect(
      await submitDeliverableAction({
        deliverableId: deliverable.id,
        repoUrl: "https://github.com/bea/dockerized-model",
        demoUrl: "",
        docUrl: "",
        description: "A Dockerized model behind /predict.",
      }),
    ).toMatchObject({ ok: true });
    const after = await render();
    expect(after.computed).toBe(1);
    expect(after.rowOf(bea).openSubmissions).toBe(1);
  });

  it("recomputes every row after a curriculum edit", async () => {
    const before = await render();
    const phase = guide.phases.find((p) => p.archivedAt === null)!;
    await testDb().phase.update({ where: { id: phase.id }, data: { estimatedHours: phase.estimatedHours + 10 } });
    try {
      const after = await render();
      expect(after.computed).toBe(3);
      expect(after.curricula).toBe(1);
      for (const learner of learners)
        expect(after.rowOf(learner).pathTotalHours).toBe(before.rowOf(learner).pathTotalHours + 10);
    } finally {
      await testDb().phase.update({ where: { id: phase.id }, data: { estimatedHours: phase.estimatedHours } });
    }
  });

  it("shows a renamed learner at once (names are read on every render, not cached)", async () => {
    const cia = learners[2]!;
    await render();
    const name = `Renamed ${randomUUID().slice(0, 8)}`;
    await testDb().user.update({ where: { id: cia.id }, data: { name } });
    const after = await render();
    expect(after.computed).toBe(0);
    expect(after.rowOf(cia).name).toBe(name);
  });
});
