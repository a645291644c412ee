import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

// Actions read the caller through getCurrentUser (the session seam). The CSV import and the
// list are in hours-import-and-list.test.ts.

const { deleteTimeEntryAction, logHoursAction, updateTimeEntryAction } = await import("@/lib/hours/actions");
const { learnerToday } = await import("@/lib/hours/learner-day");
const schema = await import("@/lib/hours/schema");
const { addDays, toDbDate } = await import("@/lib/progress/calendar");
const { AuthorizationError } = await import("@/lib/auth/errors");
const { revalidatePath } = await import("next/cache");
const { createEnrolledLearner, createTestUser, seededGuide, testDb } = await import("../support/db");

type Guide = Awaited<ReturnType<typeof seededGuide>>;
type User = Awaited<ReturnType<typeof createTestUser>>;
let guide: Guide;
/** A private guide with an archived phase and sub-skill, so archiving touches no shared data. */
let privateGuide: Awaited<ReturnType<typeof createPrivateGuide>>;
const DAY = "2026-03-02";

async function createPrivateGuide() {
  const suffix = randomUUID();
  const text = { summary: "s", estimatedHours: 10, goals: [] };
  const skill = { weightPercent: 50, description: "d", exampleTasks: [] };
  return testDb().guide.create({
    data: {
      slug: `hours-test-${suffix}`,
      title: "Hours test guide",
      category: "Test",
      tagline: "t",
      overview: "o",
      keyCharacteristics: [],
      phases: {
        create: [
          { key: "active", position: 1, title: "Active phase", ...text },
          { key: "retired", position: 2, title: "Retired phase", archivedAt: new Date(), ...text },
        ],
      },
      subSkills: {
        create: [
          { key: "live-skill", position: 1, name: "Live skill", ...skill },
          { key: "old-skill", position: 2, name: "Old skill", archivedAt: new Date(), ...skill },
        ],
      },
    },
    include: { phases: { orderBy: { position: "asc" } }, subSkills: { orderBy: { position: "asc" } } },
  });
}

const created: string[] = [];
async function learner(options: { timeZone?: string; guideId?: string } = {}): Promise<User> {
  const user = await createEnrolledLearner({ timeZone: options.timeZone, guideId: options.guideId ?? guide.id });
  created.push(user.id);
  return user;
}

function entryInput(overrides: Record<string, unknown> = {}) {
  return {
    date: DAY,
    duration: "1h 30m",
    phaseId: guide.phases[0]!.id,
    subSkillId: "",
    note: "",
    idempotencyKey: randomUUID(),
    ...overrides,
  };
}
const insert = (
  learnerId: string,
  minutes: number,
  date = DAY,
  phaseId = guide.phases[0]!.id,
  subSkillId: string | null = null,
) => testDb().timeEntry.create({ data: { learnerId, phaseId, subSkillId, minutes, date: toDbDate(date) } });
const entriesOf = (learnerId: string) =>
  testDb().timeEntry.findMany({ where: { learnerId }, orderBy: { createdAt: "asc" } });
const minutesOf = async (learnerId: string) =>
  (await testDb().timeEntry.aggregate({ where: { learnerId }, _sum: { minutes: true } }))._sum.minutes ?? 0;

beforeAll(async () => {
  guide = await seededGuide();
  privateGuide = await createPrivateGuide();
});
beforeEach(() => {
  signInAs(null);
});
afterAll(async () => {
  await testDb().user.deleteMany({ where: { id: { in: created } } }); // cascades to their entries
  await testDb().phase.deleteMany({ where: { guideId: privateGuide.id } });
  await testDb().subSkill.deleteMany({ where: { guideId: privateGuide.id } });
  await testDb().guide.delete({ where: { id: privateGuide.id } });
});

describe("logging hours", () => {
  it("saves an entry and revalidates the hours page and the dashboard", async () => {
    const user = signInAs(await learner());
    const subSkill = guide.subSkills[1]!;
    const result = await logHoursAction(entryInput({ subSkillId: subSkill.id, note: "  Dockerised a model  " }));
    expect(result).toMatchObject({ ok: true, message: "Logged 1 h 30 min on 2 Mar 2026." });
    const [entry] = await entriesOf(user.id);
    expect(entry).toMatchObject({
      minutes: 90,
      date: toDbDate(DAY),
      phaseId: guide.phases[0]!.id,
      subSkillId: subSkill.id,
      note: "Dockerised a model",
    });
    expect(revalidatePath).toHaveBeenCalledWith("/hours");
    expect(revalidatePath).toHaveBeenCalledWith("/dashboard");
  });

  it("lets a learner ahead of UTC log on their own today", async () => {
    const user = signInAs(await learner({ timeZone: "Pacific/Kiritimati" }));
    const today = learnerToday("Pacific/Kiritimati", new Date());
    expect(await logHoursAction(entryInput({ date: today }))).toMatchObject({ ok: true });
    expect(await minutesOf(user.id)).toBe(90);
  });

  it.each([
    ["a zero duration", { duration: "0m" }, "duration", "Enter a duration longer than 0 minutes."],
    ["more than 24 h", { duration: "24h 1m" }, "duration", "One entry cannot be longer than 24 hours."],
    ["no duration", { duration: "" }, "duration", "Write a duration like 1h 30m, 1:30 or 1.5"],
    ["a negative duration", { duration: "-5" }, "duration", "Write a duration like 1h 30m, 1:30 or 1.5"],
    ["a duration in words", { duration: "an hour" }, "duration", "Write a duration like 1h 30m, 1:30 or 1.5"],
    ["no date", { date: "" }, "date", "Enter a date."],
    ["an impossible date", { date: "2026-02-30" }, "date", "Enter a real date as YYYY-MM-DD, for example 2026-03-02."],
    ["a date before 2000", { date: "1999-12-31" }, "date", "Enter a date in 2000 or later."],
    ["no phase", { phaseId: "" }, "phaseId", schema.PHASE_MESSAGE],
    ["an unknown phase", { phaseId: "no-such-phase" }, "phaseId", schema.PHASE_MESSAGE],
    ["an unknown sub-skill", { subSkillId: "no-such-skill" }, "subSkillId", schema.SUB_SKILL_MESSAGE],
    ["a note over 2000 characters", { note: "x".repeat(2001) }, "note", schema.NOTE_TOO_LONG_MESSAGE],
  ])("refuses %s with a message on its field, saving nothing", async (_case, overrides, field, message) => {
    const user = signInAs(await learner());
    const result = await logHoursAction(entryInput(overrides));
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
    expect(await entriesOf(user.id)).toEqual([]);
  });

  it("refuses a date after the learner's today, in their time zone", async () => {
    for (const timeZone of ["Pacific/Pago_Pago", "UTC", "Pacific/Kiritimati"]) {
      const user = signInAs(await learner({ timeZone }));
      const tomorrow = addDays(learnerToday(timeZone, new Date()), 1);
      const result = await logHoursAction(entryInput({ date: tomorrow }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { date: [schema.FUTURE_DATE_MESSAGE] } });
      expect(await entriesOf(user.id)).toEqual([]);
    }
  });

  it("refuses archived phases and sub-skills, and those of another guide", async () => {
    const user = signInAs(await learner({ guideId: privateGuide.id }));
    const [active, retired] = privateGuide.phases;
    const [live, old] = privateGuide.subSkills;
    const cases = [
      [{ phaseId: retired!.id }, "phaseId", schema.PHASE_MESSAGE],
      [{ phaseId: active!.id, subSkillId: old!.id }, "subSkillId", schema.SUB_SKILL_MESSAGE],
      [{ phaseId: guide.phases[0]!.id }, "phaseId", schema.PHASE_MESSAGE],
      [{ phaseId: active!.id, subSkillId: guide.subSkills[0]!.id }, "subSkillId", schema.SUB_SKILL_MESSAGE],
    ] as const;
    for (const [overrides, field, message] of cases) {
      expect(await logHoursAction(entryInput(overrides))).toMatchObject({
        ok: false,
        fieldErrors: { [field]: [message] },
      });
    }
    expect(await entriesOf(user.id)).toEqual([]);
    expect(await logHoursAction(entryInput({ phaseId: active!.id, subSkillId: live!.id }))).toMatchObject({ ok: true });
  });

  it("turns the database's daily cap into a message on the duration", async () => {
    const user = signInAs(await learner());
    await insert(user.id, 22 * 60 + 40);
    const result = await logHoursAction(entryInput({ duration: "2:30" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        duration: ["That would make 25 h 10 min on 2 Mar 2026; a day holds at most 24 h (22 h 40 min already logged)."],
      },
    });
    expect(await minutesOf(user.id)).toBe(22 * 60 + 40);
  });

  it("holds the 24 h cap under 20 concurrent submits of 2 h", async () => {
    const user = signInAs(await learner());
    const results = await Promise.all(
      Array.from({ length: 20 }, () => logHoursAction(entryInput({ duration: "2:00" }))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(12);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toHaveLength(8);
    for (const r of refused) {
      expect(r).toMatchObject({
        fieldErrors: {
          duration: ["That would make 26 h on 2 Mar 2026; a day holds at most 24 h (24 h already logged)."],
        },
      });
    }
    expect(await minutesOf(user.id)).toBe(1440);
  });

  it("creates one entry for a double-submitted form, and answers both submits with it", async () => {
    const user = signInAs(await learner());
    for (const duration of ["1", "24"]) {
      const twice = entryInput({ duration, date: duration === "1" ? DAY : "2026-03-03" });
      const [first, second] = await Promise.all([logHoursAction(twice), logHoursAction(twice)]);
      expect(first).toMatchObject({ ok: true });
      expect(second).toEqual(first);
    }
    expect((await entriesOf(user.id)).map((e) => e.minutes)).toEqual([60, 1440]);
  });

  it("is for learners only: mentors and admins are refused, guests asked to sign in", async () => {
    for (const role of ["MENTOR", "ADMIN"] as const) {
      const user = signInAs(await createTestUser(role));
      created.push(user.id);
      expect(await logHoursAction(entryInput())).toEqual({ ok: false, message: new AuthorizationError().message });
      expect(await entriesOf(user.id)).toEqual([]);
    }
    signInAs(null);
    expect(await logHoursAction(entryInput())).toMatchObject({ ok: false, message: "Please sign in to continue." });
  });
});

describe("editing and deleting entries", () => {
  it("edits an entry, leaving its own minutes out of the day's cap", async () => {
    const user = signInAs(await learner());
    const entry = await insert(user.id, 20 * 60);
    const result = await updateTimeEntryAction({
      ...entryInput({ duration: "24:00", note: "whole day" }),
      id: entry.id,
    });
    expect(result).toMatchObject({ ok: true, message: "Entry updated." });
    expect(await testDb().timeEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
      minutes: 1440,
      note: "whole day",
    });
  });

  it("refuses an edit that breaks the cap or the date rules, changing nothing", async () => {
    const user = signInAs(await learner());
    await insert(user.id, 120);
    const entry = await insert(user.id, 600);
    const edit = (overrides: Record<string, unknown>) =>
      updateTimeEntryAction({ ...entryInput(overrides), id: entry.id });
    expect(await edit({ duration: "23:00" })).toMatchObject({
      ok: false,
      fieldErrors: { duration: ["That would make 25 h on 2 Mar 2026; a day holds at most 24 h (2 h already logged)."] },
    });
    const tomorrow = addDays(learnerToday("UTC", new Date()), 1);
    expect(await edit({ date: tomorrow })).toMatchObject({
      ok: false,
      fieldErrors: { date: [schema.FUTURE_DATE_MESSAGE] },
    });
    expect(await testDb().timeEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
      minutes: 600,
      date: toDbDate(DAY),
    });
  });

  it("lets an entry keep a phase archived since, but not move onto one", async () => {
    const user = signInAs(await learner({ guideId: privateGuide.id }));
    const [active, retired] = privateGuide.phases;
    const onRetired = await insert(user.id, 60, DAY, retired!.id);
    const onActive = await insert(user.id, 60, DAY, active!.id);
    const base = { phaseId: retired!.id, duration: "1h", note: "Fixed the note." };
    expect(await updateTimeEntryAction({ ...entryInput(base), id: onRetired.id })).toMatchObject({ ok: true });
    expect(await updateTimeEntryAction({ ...entryInput(base), id: onActive.id })).toMatchObject({
      ok: false,
      fieldErrors: { phaseId: [schema.PHASE_MESSAGE] },
    });
  });

  it("refuses to enlarge or move an entry on an archived phase, as it refuses new entries there (issue 14)", async () => {
    const user = signInAs(await learner({ guideId: privateGuide.id }));
    const retired = privateGuide.phases[1]!;
    const entry = await insert(user.id, 60, DAY, retired.id);
    const refused = { ok: false, fieldErrors: { phaseId: [schema.ARCHIVED_PHASE_EDIT_MESSAGE] } };
    const edit = (fields: Record<string, string>) =>
      updateTimeEntryAction({ ...entryInput({ phaseId: retired.id, ...fields }), id: entry.id });
    expect(await edit({ duration: "9:00" })).toMatchObject(refused);
    expect(await edit({ duration: "1:01" })).toMatchObject(refused);
    expect(await testDb().timeEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ minutes: 60 });
    // Fewer hours is a correction, not new hours: allowed.
    expect(await edit({ duration: "0:30" })).toMatchObject({ ok: true });
  });

  it("finds nothing when the entry is another learner's, and changes nothing", async () => {
    const owner = await learner();
    const entry = await insert(owner.id, 45);
    signInAs(await learner());
    expect(await updateTimeEntryAction({ ...entryInput({ duration: "5h" }), id: entry.id })).toEqual({
      ok: false,
      message: schema.ENTRY_NOT_FOUND_MESSAGE,
    });
    expect(await deleteTimeEntryAction({ id: entry.id })).toEqual({
      ok: false,
      message: schema.ENTRY_NOT_FOUND_MESSAGE,
    });
    expect(await testDb().timeEntry.findUniqueOrThrow({ where: { id: entry.id } })).toEqual(entry);
  });

  it("deletes the learner's own entry once", async () => {
    const user = signInAs(await learner());
    const entry = await insert(user.id, 45);
    expect(await deleteTimeEntryAction({ id: entry.id })).toMatchObject({ ok: true, message: "Entry deleted." });
    expect(await entriesOf(user.id)).toEqual([]);
    expect(await deleteTimeEntryAction({ id: entry.id })).toEqual({
      ok: false,
      message: schema.ENTRY_NOT_FOUND_MESSAGE,
    });
  });
});
