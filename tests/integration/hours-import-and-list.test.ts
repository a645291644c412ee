import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

const { importTimeEntriesAction } = await import("@/lib/hours/actions");
const { listTimeEntries } = await import("@/lib/hours/queries");
const { learnerToday } = await import("@/lib/hours/learner-day");
const { FUTURE_DATE_MESSAGE } = await import("@/lib/hours/schema");
const { addDays, toDbDate } = await import("@/lib/progress/calendar");
const { createEnrolledLearner, seededGuide, testDb } = await import("../support/db");

type User = Awaited<ReturnType<typeof createEnrolledLearner>>;
let guide: Awaited<ReturnType<typeof seededGuide>>;
const DAY = "2026-03-02";

const created: string[] = [];
async function learner(): Promise<User> {
  const user = await createEnrolledLearner();
  created.push(user.id);
  return user;
}
const insert = (learnerId: string, minutes: number, date = DAY) =>
  testDb().timeEntry.create({ data: { learnerId, phaseId: guide.phases[0]!.id, minutes, date: toDbDate(date) } });
const entriesOf = (learnerId: string) => testDb().timeEntry.findMany({ where: { learnerId } });
const minutesOf = async (learnerId: string) =>
  (await testDb().timeEntry.aggregate({ where: { learnerId }, _sum: { minutes: true } }))._sum.minutes ?? 0;

beforeAll(async () => {
  guide = await seededGuide();
});
beforeEach(() => {
  signInAs(null);
});
afterAll(async () => {
  await testDb().user.deleteMany({ where: { id: { in: created } } }); // cascades to their entries
});

describe("CSV import", () => {
  const header = "date,hours,minutes,phase,sub_skill,note";
  const importCsv = (csv: string, importKey = randomUUID()) => importTimeEntriesAction({ csv, importKey });

  it("reports every rejected row, counting the day's hours already logged, and imports nothing", async () => {
    const user = signInAs(await learner());
    await insert(user.id, 20 * 60);
    const tomorrow = addDays(learnerToday("UTC", new Date()), 1);
    const csv = [
      header,
      "2026-03-01,2,0,foundations-core-concepts,,fine",
      `${DAY},5,0,Foundations & Core Concepts,,over the cap`,
      `${tomorrow},1,0,foundations-core-concepts,,future`,
      "2026-03-01,1,0,no-such-phase,,",
    ].join("\n");
    const result = await importCsv(csv);
    expect(result).toEqual({
      ok: false,
      message: "3 of 4 rows have problems. Nothing was imported: fix the rows listed below and import the file again.",
      fieldErrors: {
        "row:3": ["That would make 25 h on 2 Mar 2026; a day holds at most 24 h (20 h already logged)."],
        "row:4": [`Date "${tomorrow}": ${FUTURE_DATE_MESSAGE}`],
        "row:5": ['Unknown phase "no-such-phase". Use a key or title from the list on this page.'],
      },
    });
    expect(await entriesOf(user.id)).toHaveLength(1);
  });

  it("refuses a file without its header line", async () => {
    signInAs(await learner());
    const result = await importCsv("2026-03-01,2,0,foundations-core-concepts,,");
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { csv: [expect.stringMatching(/^The first line must name the columns/)] },
    });
  });

  it("imports a clean file in one go, and the same submission only once", async () => {
    const user = signInAs(await learner());
    const rows = Array.from(
      { length: 40 },
      (_, i) =>
        `${addDays("2026-01-01", i % 20)},1,${i % 60},foundations-core-concepts,data-pipeline-engineering,row ${i}`,
    );
    const csv = [header, ...rows].join("\n");
    const key = randomUUID();
    const [first, second] = await Promise.all([importCsv(csv, key), importCsv(csv, key)]);
    // Either may win the race; the other answers with the winner's import.
    expect([first, second].map((r) => (r.ok ? r.message : r)).sort()).toEqual([
      "Imported 40 entries.",
      "This file was already imported (40 entries).",
    ]);
    const expected = rows.reduce((sum, _row, i) => sum + 60 + (i % 60), 0);
    expect(await testDb().timeEntry.count({ where: { learnerId: user.id } })).toBe(40);
    expect(await minutesOf(user.id)).toBe(expected);
    const subSkill = guide.subSkills.find((s) => s.key === "data-pipeline-engineering")!;
    expect(await testDb().timeEntry.count({ where: { learnerId: user.id, subSkillId: subSkill.id } })).toBe(40);
  });
});

describe("the entry list", () => {
  it("pages and filters with counts and totals that match SQL over the inserted rows", async () => {
    const user = await learner();
    const [p1, p2] = guide.phases;
    const [s1] = guide.subSkills;
    const data = Array.from({ length: 70 }, (_, i) => ({
      learnerId: user.id,
      phaseId: i % 3 === 0 ? p2!.id : p1!.id,
      subSkillId: i % 4 === 0 ? s1!.id : null,
      date: toDbDate(addDays("2026-01-01", i % 35)),
      minutes: 15 + i,
    }));
    await testDb().timeEntry.createMany({ data });
    await insert((await learner()).id, 300); // someone else's entry never shows

    const sql = async (phaseId: string | null, subSkillId: string | null, from: string, to: string) => {
      const [row] = await testDb().$queryRaw<Array<{ n: bigint; total: bigint | null }>>`
        SELECT count(*) AS n, sum("minutes") AS total FROM "TimeEntry"
         WHERE "learnerId" = ${user.id}
           AND (${phaseId}::text IS NULL OR "phaseId" = ${phaseId})
           AND (${subSkillId}::text IS NULL OR "subSkillId" = ${subSkillId})
           AND "date" BETWEEN ${from}::date AND ${to}::date`;
      return { totalCount: Number(row!.n), totalMinutes: Number(row!.total ?? 0) };
    };

    const all = await listTimeEntries(user.id, { page: 1 });
    expect(all).toMatchObject({ ...(await sql(null, null, "2000-01-01", "2100-01-01")), page: 1, pageCount: 3 });
    const pages = [all, await listTimeEntries(user.id, { page: 2 }), await listTimeEntries(user.id, { page: 3 })];
    expect(pages.map((p) => p.entries.length)).toEqual([25, 25, 20]);
    const dates = pages.flatMap((p) => p.entries.map((e) => e.date));
    expect(dates).toEqual([...dates].sort().reverse()); // newest first across pages
    expect(new Set(pages.flatMap((p) => p.entries.map((e) => e.id))).size).toBe(70);
    expect(await listTimeEntries(user.id, { page: 99 })).toMatchObject({ page: 3, pageCount: 3 });

    const filters = { phase: p1!.id, subSkill: s1!.id, from: "2026-01-05", to: "2026-01-30" };
    const filtered = await listTimeEntries(user.id, { ...filters, page: 1 });
    expect(filtered).toMatchObject(await sql(p1!.id, s1!.id, filters.from, filters.to));
    expect(filtered.totalCount).toBeGreaterThan(0);
    expect(
      filtered.entries.every(
        (e) => e.phaseId === p1!.id && e.subSkillId === s1!.id && e.date >= filters.from && e.date <= filters.to,
      ),
    ).toBe(true);
    expect(await listTimeEntries(user.id, { from: "2026-01-10", to: "2026-01-10", page: 1 })).toMatchObject(
      await sql(null, null, "2026-01-10", "2026-01-10"),
    );
    expect(await listTimeEntries(user.id, { phase: "not-a-phase", page: 1 })).toMatchObject({
      totalCount: 0,
      totalMinutes: 0,
      entries: [],
    });
  });
});
