import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

// The header's timer: start, stop (split at the learner's midnight, the daily cap all or
// nothing, the 12-hour question), discard. Stops at a chosen instant call the mutation with
// its `now`; the actions are called for what they add (auth, validation, messages).

const { discardTimerAction, startTimerAction, stopTimerAction } = await import("@/lib/hours/actions");
const { stopTimer, NO_TIMER_MESSAGE, TIMER_RUNNING_MESSAGE, STOP_PHASE_MESSAGE } = await import("@/lib/hours/timer");
const { getHeaderTimer } = await import("@/lib/hours/timer-queries");
const { stopTimerSchema } = await import("@/lib/hours/timer-schema");
const { ActionError } = await import("@/lib/actions/result");
const { toDbDate } = await import("@/lib/progress/calendar");
const { createEnrolledLearner, seededGuide, testDb } = await import("../support/db");

type Guide = Awaited<ReturnType<typeof seededGuide>>;
let guide: Guide;
const created: string[] = [];

async function learner(timeZone = "UTC") {
  const user = await createEnrolledLearner({ timeZone, guideId: guide.id });
  created.push(user.id);
  return user;
}
const startAt = (learnerId: string, startedAt: Date, phaseId: string | null = guide.phases[0]!.id) =>
  testDb().runningTimer.create({ data: { learnerId, startedAt, phaseId, note: "Read the serving chapter" } });
const timerOf = (learnerId: string) => testDb().runningTimer.findUnique({ where: { learnerId } });
const entriesOf = (learnerId: string) =>
  testDb().timeEntry.findMany({
    where: { learnerId },
    orderBy: { date: "asc" },
    select: { date: true, minutes: true, phaseId: true, subSkillId: true, note: true },
  });
const stopInput = (input: Record<string, unknown> = {}) => stopTimerSchema.parse(input);
/** The refusal a mutation throws, for its message and field errors. */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ActionError);
  return error as InstanceType<typeof ActionError>;
}

beforeAll(async () => {
  guide = await seededGuide();
});
beforeEach(() => {
  signInAs(null);
});
afterAll(async () => {
  await testDb().user.deleteMany({ where: { id: { in: created } } }); // cascades to timers and entries
});

describe("starting a timer", () => {
  it("starts one timer with the phase, sub-skill and note, and the header reads it", async () => {
    const user = signInAs(await learner());
    const phaseId = guide.phases[1]!.id;
    const subSkillId = guide.subSkills[0]!.id;
    const result = await startTimerAction({ phaseId, subSkillId, note: "  Kubernetes basics " });
    expect(result).toMatchObject({ ok: true, message: "Timer started." });
    expect(await timerOf(user.id)).toMatchObject({ phaseId, subSkillId, note: "Kubernetes basics" });
    const header = await getHeaderTimer(user.id);
    expect(header.running).toMatchObject({ phaseId, subSkillId, note: "Kubernetes basics" });
    expect(header.phases.map((p) => p.id)).toContain(phaseId);
    expect(header.subSkills.length).toBeGreaterThan(0);
  });

  it("refuses a second start with a clear message; two tabs racing make one timer", async () => {
    const user = signInAs(await learner());
    const results = await Promise.all([startTimerAction({}), startTimerAction({}), startTimerAction({})]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok)) expect(r).toMatchObject({ message: TIMER_RUNNING_MESSAGE });
    expect(await testDb().runningTimer.count({ where: { learnerId: user.id } })).toBe(1);
  });

  it("refuses a phase or sub-skill outside the learner's guide", async () => {
    const user = signInAs(await learner());
    const result = await startTimerAction({ phaseId: "cunknown00000000000000000", subSkillId: "nope" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { phaseId: [expect.any(String)] } });
    expect(result.ok ? null : result.fieldErrors?.subSkillId).toHaveLength(1);
    expect(await timerOf(user.id)).toBeNull();
  });
});

describe("stopping a timer", () => {
  it("turns the timer into an entry with what was set at start, and deletes it", async () => {
    const user = signInAs(await learner());
    await startAt(user.id, new Date(Date.now() - 30 * 60_000));
    const result = await stopTimerAction({});
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/^Timer stopped: logged 30 min on /) });
    const entries = await entriesOf(user.id);
    expect(entries.reduce((sum, e) => sum + e.minutes, 0)).toBe(30);
    expect(entries[0]).toMatchObject({ phaseId: guide.phases[0]!.id, note: "Read the serving chapter" });
    expect(await timerOf(user.id)).toBeNull();
  });

  it("lets the stop form change the phase, sub-skill and note", async () => {
    const user = await learner();
    await startAt(user.id, new Date("2026-03-02T09:00:00Z"), null);
    const input = { phaseId: guide.phases[2]!.id, subSkillId: guide.subSkills[1]!.id, note: "Wrote the notes up" };
    await stopTimer(user, stopInput(input), new Date("2026-03-02T10:00:00Z"));
    expect(await entriesOf(user.id)).toEqual([{ date: toDbDate("2026-03-02"), minutes: 60, ...input }]);
  });

  it("clears a sub-skill or note the stop form sends empty, and keeps what it does not send", async () => {
    const cleared = await learner();
    await startAt(cleared.id, new Date("2026-03-02T09:00:00Z"));
    await testDb().runningTimer.update({
      where: { learnerId: cleared.id },
      data: { subSkillId: guide.subSkills[0]!.id },
    });
    await stopTimer(cleared, stopInput({ subSkillId: "", note: "  " }), new Date("2026-03-02T10:00:00Z"));
    expect(await entriesOf(cleared.id)).toEqual([
      expect.objectContaining({ phaseId: guide.phases[0]!.id, subSkillId: null, note: null }),
    ]);

    const kept = await learner();
    await startAt(kept.id, new Date("2026-03-02T09:00:00Z"));
    await stopTimer(kept, stopInput({ phaseId: guide.phases[1]!.id }), new Date("2026-03-02T10:00:00Z"));
    expect(await entriesOf(kept.id)).toEqual([
      expect.objectContaining({ phaseId: guide.phases[1]!.id, note: "Read the serving chapter" }),
    ]);
  });

  it("needs a phase when none was set at start, and keeps the timer", async () => {
    const user = await learner();
    await startAt(user.id, new Date("2026-03-02T09:00:00Z"), null);
    const error = await refusal(stopTimer(user, stopInput(), new Date("2026-03-02T10:00:00Z")));
    expect(error.fieldErrors).toEqual({ phaseId: [STOP_PHASE_MESSAGE] });
    expect(await timerOf(user.id)).not.toBeNull();
  });

  it("splits at the learner's local midnight into entries on the right dates", async () => {
    const user = await learner("America/New_York");
    // 23:30 on 1 March to 01:15 on 2 March, New York time.
    await startAt(user.id, new Date("2026-03-02T04:30:00Z"));
    await stopTimer(user, stopInput(), new Date("2026-03-02T06:15:00Z"));
    const entries = await entriesOf(user.id);
    expect(entries.map((e) => [e.date, e.minutes])).toEqual([
      [toDbDate("2026-03-01"), 30],
      [toDbDate("2026-03-02"), 75],
    ]);
  });

  it("on a day over the cap writes nothing, keeps the timer running and names the day", async () => {
    const user = await learner("America/New_York");
    const phaseId = guide.phases[0]!.id;
    // 23 h 30 min already on 2 March; the timer would add 30 min on 1 March and 75 min on 2 March.
    await testDb().timeEntry.create({
      data: { learnerId: user.id, phaseId, minutes: 1410, date: toDbDate("2026-03-02") },
    });
    await startAt(user.id, new Date("2026-03-02T04:30:00Z"));
    const error = await refusal(stopTimer(user, stopInput(), new Date("2026-03-02T06:15:00Z")));
    expect(error.fieldErrors?.duration?.[0]).toBe(
      "That would make 24 h 45 min on 2 Mar 2026; a day holds at most 24 h (23 h 30 min already logged). " +
        "The timer is still running: enter a shorter time, or discard it.",
    );
    expect(await entriesOf(user.id)).toHaveLength(1); // the 1 March part was rolled back too
    expect(await timerOf(user.id)).not.toBeNull();
  });

  it("asks to confirm or trim a timer over 12 hours", async () => {
    const user = await learner();
    await startAt(user.id, new Date("2026-03-02T01:00:00Z"));
    const now = new Date("2026-03-02T14:00:00Z");
    const error = await refusal(stopTimer(user, stopInput(), now));
    expect(error.fieldErrors?.duration?.[0]).toMatch(/^This timer has been running for 13 h, more than 12 h\./);
    expect(await timerOf(user.id)).not.toBeNull();
    expect(await entriesOf(user.id)).toEqual([]);

    await stopTimer(user, stopInput({ duration: "2h 15m" }), now);
    expect((await entriesOf(user.id)).map((e) => e.minutes)).toEqual([135]);
    expect(await timerOf(user.id)).toBeNull();
  });

  it("logs a long timer's full time once confirmed", async () => {
    const user = await learner();
    await startAt(user.id, new Date("2026-03-02T01:00:00Z"));
    await stopTimer(user, stopInput({ confirmLong: "on" }), new Date("2026-03-02T14:00:00Z"));
    expect((await entriesOf(user.id)).map((e) => e.minutes)).toEqual([780]);
  });

  it("writes the entries once when two tabs stop at the same moment", async () => {
    const user = await learner();
    await startAt(user.id, new Date("2026-03-02T09:00:00Z"));
    const now = new Date("2026-03-02T10:00:00Z");
    const results = await Promise.allSettled([stopTimer(user, stopInput(), now), stopTimer(user, stopInput(), now)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await entriesOf(user.id)).map((e) => e.minutes)).toEqual([60]);
  });
});

describe("a timer is its learner's own", () => {
  it("another learner's stop or discard finds no timer and leaves mine running", async () => {
    const me = await learner();
    await startAt(me.id, new Date(Date.now() - 20 * 60_000));
    signInAs(await learner());
    expect(await stopTimerAction({ phaseId: guide.phases[0]!.id })).toMatchObject({
      ok: false,
      message: NO_TIMER_MESSAGE,
    });
    expect(await discardTimerAction({})).toMatchObject({ ok: true, message: "No timer was running." });
    expect(await timerOf(me.id)).not.toBeNull();
    expect(await entriesOf(me.id)).toEqual([]);
  });

  it("discarding deletes my timer and logs nothing", async () => {
    const me = signInAs(await learner());
    await startAt(me.id, new Date(Date.now() - 20 * 60_000));
    expect(await discardTimerAction({})).toMatchObject({ ok: true, message: "Timer discarded; nothing was logged." });
    expect(await timerOf(me.id)).toBeNull();
    expect(await entriesOf(me.id)).toEqual([]);
  });
});
