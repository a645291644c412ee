import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

/**
 * One learner's 50 log-hours submits, all in flight at once, across two days, with some forms
 * submitted twice (same idempotency key). The database serialises each day (advisory lock in the
 * cap trigger) and the unique (learnerId, idempotencyKey) makes a replay find the first row, so
 * whatever the interleaving: each day holds exactly what fits in 24 h, every "ok" answer is one
 * row, every row was answered "ok", and no key has two rows.
 */

const { logHoursAction } = await import("@/lib/hours/actions");
const { fromDbDate } = await import("@/lib/progress/calendar");
const { createEnrolledLearner, seededGuide, testDb } = await import("../support/db");

const created: string[] = [];
afterAll(async () => {
  await testDb().user.deleteMany({ where: { id: { in: created } } });
});

type Submit = { key: string; date: string; minutes: number };

/** `unique` distinct forms of `minutes` on `date`, plus `replays` of the first of them sent again. */
function formsFor(date: string, minutes: number, unique: number, replays: number): Submit[] {
  const forms = Array.from({ length: unique }, () => ({ key: randomUUID(), date, minutes }));
  return [...forms, ...forms.slice(0, replays)];
}

describe("50 concurrent log-hours submits by one learner across two days", () => {
  it("keeps each day at most 24 h, one row per acknowledged key, and no lost or doubled entry", async () => {
    const guide = await seededGuide();
    const user = await createEnrolledLearner();
    created.push(user.id);
    signInAs(user);

    // Day one: 20 forms of 2 h (12 fit) + 5 replays; day two: 20 forms of 90 min (16 fit) + 5 replays.
    const submits = [...formsFor("2026-04-06", 120, 20, 5), ...formsFor("2026-04-07", 90, 20, 5)];
    expect(submits).toHaveLength(50);
    // Interleave the days so both days' locks are contended at the same time.
    submits.sort(() => Math.random() - 0.5);

    const results = await Promise.all(
      submits.map((s) =>
        logHoursAction({
          date: s.date,
          duration: `${s.minutes}m`,
          phaseId: guide.phases[0]!.id,
          subSkillId: "",
          note: "",
          idempotencyKey: s.key,
        }),
      ),
    );

    const rows = await testDb().timeEntry.findMany({
      where: { learnerId: user.id },
      select: { id: true, idempotencyKey: true, date: true, minutes: true },
    });
    const minutesOn = (date: string) =>
      rows.filter((r) => fromDbDate(r.date) === date).reduce((sum, r) => sum + r.minutes, 0);
    expect(rows.filter((r) => fromDbDate(r.date) === "2026-04-06")).toHaveLength(12);
    expect(rows.filter((r) => fromDbDate(r.date) === "2026-04-07")).toHaveLength(16);
    expect(minutesOn("2026-04-06")).toBe(1440);
    expect(minutesOn("2026-04-07")).toBe(1440);
    expect(new Set(rows.map((r) => r.idempotencyKey)).size).toBe(rows.length);

    // Every acknowledged submit is its key's row; every row was acknowledged.
    const rowByKey = new Map(rows.map((r) => [r.idempotencyKey, r.id]));
    const acknowledgedKeys = new Set<string>();
    results.forEach((result, i) => {
      const key = submits[i]!.key;
      if (result.ok) {
        expect(result.data).toEqual({ id: rowByKey.get(key) });
        acknowledgedKeys.add(key);
      } else {
        expect(rowByKey.has(key)).toBe(false);
        expect(result.fieldErrors?.duration?.[0]).toMatch(/a day holds at most 24 h/);
      }
    });
    expect([...acknowledgedKeys].sort()).toEqual([...rowByKey.keys()].sort());

    // A replay gets the same answer as its original form, whichever of the two ran first.
    const answersByKey = new Map<string, unknown[]>();
    results.forEach((result, i) =>
      answersByKey.set(submits[i]!.key, [...(answersByKey.get(submits[i]!.key) ?? []), result.ok]),
    );
    for (const answers of answersByKey.values()) expect(new Set(answers).size).toBe(1);
  });
});
