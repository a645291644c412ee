import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

/**
 * Tracker exports through the actions (issue 12 item 3): the preview writes nothing, the import
 * is all or nothing, rules are kept and reused, the same file twice adds nothing, the daily cap
 * counts what is already logged.
 */

const { previewImportAction, importTimeEntriesAction, saveImportRuleAction, deleteImportRuleAction } =
  await import("@/lib/hours/actions");
const { RULE_NOT_FOUND_MESSAGE } = await import("@/lib/hours/schema");
const { toDbDate } = await import("@/lib/progress/calendar");
const { createEnrolledLearner, seededGuide, testDb } = await import("../support/db");

type User = Awaited<ReturnType<typeof createEnrolledLearner>>;
let guide: Awaited<ReturnType<typeof seededGuide>>;
const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, "../fixtures", name), "utf8");
const TOGGL = fixture("toggl-detailed.csv");
const CLOCKIFY = fixture("clockify-detailed.csv");

const created: string[] = [];
async function learner(): Promise<User> {
  const user = await createEnrolledLearner();
  created.push(user.id);
  return signInAs(user);
}
const entriesOf = (learnerId: string) =>
  testDb().timeEntry.findMany({
    where: { learnerId },
    orderBy: [{ date: "asc" }, { minutes: "asc" }],
    select: { date: true, minutes: true, phaseId: true, subSkillId: true, note: true, sourceFingerprint: true },
  });
const importFile = (csv: string, extra: Record<string, unknown> = {}) =>
  importTimeEntriesAction({ csv, importKey: randomUUID(), ...extra });
async function addRules(rules: Array<[field: string, pattern: string, phase: number]>) {
  for (const [field, pattern, phase] of rules)
    expect(await saveImportRuleAction({ field, pattern, phaseId: guide.phases[phase]!.id })).toMatchObject({
      ok: true,
    });
}

beforeAll(async () => {
  guide = await seededGuide();
});
beforeEach(() => {
  signInAs(null);
});
afterAll(async () => {
  await testDb().user.deleteMany({ where: { id: { in: created } } });
});

describe("importing a tracker's export", () => {
  it("previews every row's outcome without writing, then imports only once every row is mapped", async () => {
    const user = await learner();
    await addRules([
      ["TAG", "phase1", 0],
      ["TAG", "Phase2", 1], // saved lower-case: rules match without case
    ]);
    const preview = await previewImportAction({ csv: TOGGL });
    expect(preview).toMatchObject({ ok: true, data: { format: "toggl", counts: { new: 3, unmapped: 1 } } });
    expect(await entriesOf(user.id)).toEqual([]);

    // An unmapped row refuses the whole file, at its line.
    const refused = await importFile(TOGGL);
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { "row:4": [expect.stringMatching(/^No rule gives this row a phase/)] },
    });
    expect(await entriesOf(user.id)).toEqual([]);

    await addRules([["PROJECT", "reading", 0]]);
    expect(await importFile(TOGGL)).toMatchObject({ ok: true, message: "Imported 4 entries." });
    const stored = await entriesOf(user.id);
    expect(stored.map((e) => [e.date.toISOString().slice(0, 10), e.minutes])).toEqual([
      ["2026-03-02", 30],
      ["2026-03-02", 90],
      ["2026-03-03", 45],
      ["2026-03-04", 45],
    ]);
    expect(stored.every((e) => e.sourceFingerprint !== null)).toBe(true);
    expect(stored.find((e) => e.minutes === 30)).toMatchObject({
      phaseId: guide.phases[1]!.id,
      note: "Served a model with FastAPI, then load-tested it",
    });
  });

  it("adds nothing when the same file is imported again, and says so", async () => {
    const user = await learner();
    await addRules([
      ["TAG", "phase2", 1],
      ["PROJECT", "reading", 0],
    ]);
    expect(await importFile(CLOCKIFY)).toMatchObject({ ok: true, message: "Imported 4 entries." });
    expect(await importFile(CLOCKIFY)).toMatchObject({
      ok: true,
      data: { imported: 4 },
      message: "This file was already imported (4 entries).",
    });
    expect(await previewImportAction({ csv: CLOCKIFY })).toMatchObject({
      ok: true,
      data: { counts: { duplicate: 4 } },
    });
    // A longer export of the same tracker adds only its new rows.
    const longer = `${CLOCKIFY.trimEnd()}\r\n"Reading","","One more paper","","Ada Lovelace","","ada@example.com","","No","03/15/2026","08:00:00 PM","03/15/2026","08:30:00 PM","00:30:00","0.50","0.00","0.00"\r\n`;
    expect(await importFile(longer)).toMatchObject({
      ok: true,
      message: "Imported 1 entry; 4 entries had been imported before.",
    });
    expect(await entriesOf(user.id)).toHaveLength(5);
  });

  it("holds the daily cap with what is already logged, and imports nothing when a day would overflow", async () => {
    const user = await learner();
    await addRules([
      ["TAG", "phase1", 0],
      ["TAG", "phase2", 1],
      ["PROJECT", "reading", 0],
    ]);
    await testDb().timeEntry.create({
      data: { learnerId: user.id, phaseId: guide.phases[0]!.id, date: toDbDate("2026-03-03"), minutes: 23 * 60 + 30 },
    });
    const preview = await previewImportAction({ csv: TOGGL });
    expect(preview).toMatchObject({ ok: true, data: { counts: { new: 3, "over-cap": 1 } } });
    const result = await importFile(TOGGL);
    expect(result).toMatchObject({
      ok: false,
      message: "1 of 3 rows has a problem. Nothing was imported: fix the rows listed below and import the file again.",
      fieldErrors: { "row:3": [expect.stringMatching(/^That would make 24 h 15 min on 3 Mar 2026/)] },
    });
    expect(await entriesOf(user.id)).toHaveLength(1);
  });

  it("asks for the columns of an unknown file and the order of ambiguous dates, then imports", async () => {
    const user = await learner();
    await addRules([
      ["TAG", "serving", 1],
      ["TAG", "phase1", 0],
    ]);
    const csv = fixture("other-ambiguous.csv");
    expect(await previewImportAction({ csv })).toMatchObject({ ok: true, data: { needs: "mapping" } });
    const mapping = JSON.stringify({ date: "Day", description: "What", duration: "Time spent", tags: "Category" });
    expect(await previewImportAction({ csv, mapping })).toMatchObject({ ok: true, data: { needs: "dateOrder" } });
    expect(await importFile(csv, { mapping })).toMatchObject({ ok: false, fieldErrors: { csv: [expect.any(String)] } });
    expect(await importFile(csv, { mapping, dateOrder: "dmy" })).toMatchObject({ ok: true, data: { imported: 3 } });
    expect((await entriesOf(user.id)).map((e) => e.date.toISOString().slice(0, 10))).toEqual([
      "2026-03-02",
      "2026-04-05",
      "2026-05-04",
    ]);
  });

  it("refuses a mapping that is no JSON object or names a missing column, at the field", async () => {
    await learner();
    const csv = fixture("other-ambiguous.csv");
    expect(await previewImportAction({ csv, mapping: "{not json" })).toMatchObject({
      ok: false,
      fieldErrors: { mapping: ["Choose again which column holds what."] },
    });
    expect(
      await previewImportAction({ csv, mapping: JSON.stringify({ date: "Nope", duration: "Time spent" }) }),
    ).toMatchObject({
      ok: true,
      data: { needs: "mapping", message: 'The file has no column "Nope".' },
    });
  });
});

describe("import rules", () => {
  it("saves one rule per tag, updates it when saved again, and deletes only the caller's", async () => {
    const user = await learner();
    await addRules([["TAG", "phase1", 0]]);
    await addRules([["TAG", " PHASE1 ", 1]]);
    const rules = await testDb().importRule.findMany({ where: { learnerId: user.id } });
    expect(rules).toMatchObject([{ field: "TAG", pattern: "phase1", phaseId: guide.phases[1]!.id }]);

    await learner(); // someone else
    expect(await deleteImportRuleAction({ id: rules[0]!.id })).toEqual({ ok: false, message: RULE_NOT_FOUND_MESSAGE });
    expect(await testDb().importRule.count({ where: { learnerId: user.id } })).toBe(1);
  });

  it("refuses a phase from outside the learner's guide at the field", async () => {
    await learner();
    expect(await saveImportRuleAction({ field: "TAG", pattern: "x", phaseId: "no-such-phase" })).toMatchObject({
      ok: false,
      fieldErrors: { phaseId: [expect.any(String)] },
    });
  });
});

describe("a large export", () => {
  it("imports 10,000 Toggl rows in one statement, all or nothing", async () => {
    const user = await learner();
    await addRules([["TAG", "phase1", 0]]);
    const header =
      "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (USD)";
    // 10,000 sessions of 5 minutes over 100 days: 500 minutes a day, under the cap.
    const rows = Array.from({ length: 10_000 }, (_, i) => {
      const day = new Date(Date.UTC(2025, 0, 1 + (i % 100))).toISOString().slice(0, 10);
      const minute = Math.floor(i / 100) * 5;
      const time = (m: number) =>
        `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}:00`;
      return `Ada,ada@example.com,,Skilltrail,,Session ${i},No,${day},${time(minute)},${day},${time(minute + 5)},00:05:00,phase1,`;
    });
    const csv = [header, ...rows].join("\n");
    const started = performance.now();
    expect(await importFile(csv)).toMatchObject({ ok: true, message: "Imported 10000 entries." });
    console.info(`[import] 10,000 rows in ${Math.round(performance.now() - started)} ms`);
    expect(await testDb().timeEntry.count({ where: { learnerId: user.id } })).toBe(10_000);
  }, 120_000);
});
