import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

const actions = await import("@/lib/cohorts/actions");
const schema = await import("@/lib/cohorts/schema");
const { getCohortProgress } = await import("@/lib/cohorts/queries");
const { GET: exportRoute } = await import("@/app/api/admin/cohorts/[cohortId]/export/route");
const { addDays, toDbDate, todayInTimeZone } = await import("@/lib/progress/calendar");
const { createTestCohort } = await import("../support/cohorts");
const { createEnrolledLearner, createTestUser, seededGuide, testDb } = await import("../support/db");

const today = todayInTimeZone(new Date(), "UTC");
let admin: Awaited<ReturnType<typeof createTestUser>>;
beforeEach(async () => {
  admin = await createTestUser("ADMIN");
  signInAs(admin);
});

const audits = (cohortId: string, action: string) =>
  testDb().auditLog.findMany({ where: { entityId: cohortId, action }, orderBy: { createdAt: "asc" } });

describe("creating and editing a cohort", () => {
  it("creates one on the guide, audited, and refuses the same name twice on the name field", async () => {
    const name = `Spring ${randomUUID().slice(0, 8)}`;
    const result = await actions.createCohortAction({ name: `  ${name} `, startDate: "2026-03-02" });
    expect(result).toMatchObject({ ok: true, message: `Cohort “${name}” created.` });
    const id = (result as { data: { id: string } }).data.id;
    const cohort = await testDb().cohort.findUniqueOrThrow({ where: { id }, include: { guide: true } });
    expect(cohort).toMatchObject({
      name,
      startDate: new Date("2026-03-02T00:00:00Z"),
      guide: { slug: "ml-infrastructure" },
    });
    expect(await audits(id, "cohort.created")).toMatchObject([
      { actorId: admin.id, entityType: "Cohort", after: { name, startDate: "2026-03-02" } },
    ]);

    expect(await actions.createCohortAction({ name, startDate: "2026-04-01" })).toEqual({
      ok: false,
      message: schema.DUPLICATE_COHORT_MESSAGE,
      fieldErrors: { name: [schema.DUPLICATE_COHORT_MESSAGE] },
    });
    expect(await testDb().cohort.count({ where: { name } })).toBe(1);
  });

  it.each([
    ["an empty name", { name: "  ", startDate: "2026-03-02" }, "name", "Enter a name for the cohort."],
    ["a long name", { name: "x".repeat(101), startDate: "2026-03-02" }, "name", "Use at most 100 characters."],
    ["an impossible date", { name: "Valid", startDate: "2026-02-30" }, "startDate", "Enter a valid date (YYYY-MM-DD)."],
    ["no date", { name: "Valid" }, "startDate", "Enter the start date."],
  ])("refuses %s with a message on its field, saving nothing", async (_case, input, field, message) => {
    const before = await testDb().cohort.count();
    expect(await actions.createCohortAction(input)).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
    expect(await testDb().cohort.count()).toBe(before);
  });

  it("edits name and start date, auditing only what changed", async () => {
    const cohort = await createTestCohort();
    const name = `Renamed ${randomUUID().slice(0, 8)}`;
    expect(await actions.updateCohortAction({ cohortId: cohort.id, name, startDate: "2026-01-05" })).toMatchObject({
      ok: true,
      message: "Cohort saved.",
    });
    expect(await audits(cohort.id, "cohort.updated")).toMatchObject([
      { before: { name: cohort.name }, after: { name } },
    ]);
    expect(await actions.updateCohortAction({ cohortId: cohort.id, name, startDate: "2026-01-05" })).toMatchObject({
      ok: true,
      message: "Nothing to change.",
    });
    const taken = await createTestCohort();
    expect(
      await actions.updateCohortAction({ cohortId: cohort.id, name: taken.name, startDate: "2026-01-05" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { name: [schema.DUPLICATE_COHORT_MESSAGE] },
    });
    expect(await actions.updateCohortAction({ cohortId: "gone", name: "X", startDate: "2026-01-05" })).toEqual({
      ok: false,
      message: schema.COHORT_NOT_FOUND_MESSAGE,
    });
  });
});

describe("members and mentors", () => {
  it("adds and removes learners and mentors by email, audited with before and after", async () => {
    const cohort = await createTestCohort();
    const [learner, mentor] = await Promise.all([createTestUser("LEARNER"), createTestUser("MENTOR")]);
    expect(
      await actions.addCohortMemberAction({ cohortId: cohort.id, email: ` ${learner.email.toUpperCase()} ` }),
    ).toMatchObject({ ok: true });
    expect(await actions.addCohortMentorAction({ cohortId: cohort.id, email: mentor.email })).toMatchObject({
      ok: true,
    });
    expect(await testDb().cohortMember.count({ where: { cohortId: cohort.id, learnerId: learner.id } })).toBe(1);
    expect(await testDb().cohortMentor.count({ where: { cohortId: cohort.id, mentorId: mentor.id } })).toBe(1);
    expect(await audits(cohort.id, "cohort.member-added")).toMatchObject([
      { actorId: admin.id, before: { member: null }, after: { member: learner.email } },
    ]);
    expect(await audits(cohort.id, "cohort.mentor-added")).toMatchObject([
      { before: { mentor: null }, after: { mentor: mentor.email } },
    ]);

    expect(await actions.removeCohortMemberAction({ cohortId: cohort.id, learnerId: learner.id })).toMatchObject({
      ok: true,
    });
    expect(await actions.removeCohortMentorAction({ cohortId: cohort.id, mentorId: mentor.id })).toMatchObject({
      ok: true,
    });
    expect(await audits(cohort.id, "cohort.member-removed")).toMatchObject([
      { before: { member: learner.email }, after: { member: null } },
    ]);
    expect(await audits(cohort.id, "cohort.mentor-removed")).toMatchObject([
      { before: { mentor: mentor.email }, after: { mentor: null } },
    ]);
    expect(await actions.removeCohortMemberAction({ cohortId: cohort.id, learnerId: learner.id })).toEqual({
      ok: false,
      message: schema.NOT_MEMBER_MESSAGE,
    });
  });

  it("refuses unknown emails, wrong roles and duplicates on the email field, saving nothing", async () => {
    const [learner, mentor] = await Promise.all([createTestUser("LEARNER"), createTestUser("MENTOR")]);
    const cohort = await createTestCohort({ learnerIds: [learner.id], mentorIds: [mentor.id] });
    const auditBefore = await testDb().auditLog.count();
    const refusals: Array<[typeof actions.addCohortMemberAction, string, string]> = [
      [actions.addCohortMemberAction, `nobody-${randomUUID()}@example.com`, schema.NO_ACCOUNT_MESSAGE],
      [actions.addCohortMemberAction, mentor.email, schema.MEMBER_ROLE_MESSAGE],
      [actions.addCohortMemberAction, learner.email, schema.ALREADY_MEMBER_MESSAGE],
      [actions.addCohortMentorAction, learner.email, schema.COHORT_MENTOR_ROLE_MESSAGE],
      [actions.addCohortMentorAction, mentor.email, schema.ALREADY_COHORT_MENTOR_MESSAGE],
    ];
    for (const [action, email, message] of refusals) {
      expect(await action({ cohortId: cohort.id, email })).toEqual({
        ok: false,
        message,
        fieldErrors: { email: [message] },
      });
    }
    expect(await actions.addCohortMemberAction({ cohortId: cohort.id, email: "not-an-email" })).toMatchObject({
      ok: false,
      fieldErrors: { email: ["Enter a valid email address, like name@example.com."] },
    });
    expect(await actions.addCohortMemberAction({ cohortId: "gone", email: learner.email })).toEqual({
      ok: false,
      message: schema.COHORT_NOT_FOUND_MESSAGE,
    });
    expect(await testDb().cohortMember.count({ where: { cohortId: cohort.id } })).toBe(1);
    expect(await testDb().cohortMentor.count({ where: { cohortId: cohort.id } })).toBe(1);
    expect(await testDb().auditLog.count()).toBe(auditBefore);
  });
});

describe("the progress table and its CSV export", () => {
  async function cohortWithProgress() {
    const guide = await seededGuide();
    const tricky = await createTestUser("LEARNER", { name: '=HYPERLINK("http://evil.example","click")' });
    const quoted = await createTestUser("LEARNER", { name: 'Smith, "Jo"\nSecond line' });
    const idle = await createTestUser("LEARNER", { name: "Idle Ida" });
    await testDb().timeEntry.createMany({
      data: [
        { learnerId: tricky.id, phaseId: guide.phases[0]!.id, date: toDbDate(addDays(today, -1)), minutes: 90 },
        { learnerId: tricky.id, phaseId: guide.phases[1]!.id, date: toDbDate(today), minutes: 30 },
        { learnerId: quoted.id, phaseId: guide.phases[0]!.id, date: toDbDate(addDays(today, -3)), minutes: 600 },
      ],
    });
    const cohort = await createTestCohort({
      learnerIds: [tricky.id, quoted.id, idle.id],
      name: `CSV, "export" ${randomUUID().slice(0, 6)}`,
    });
    return { cohort, tricky, quoted, idle };
  }

  const get = (cohortId: string, query = "") =>
    exportRoute(new Request(`http://localhost/api/admin/cohorts/${cohortId}/export${query}`), {
      params: Promise.resolve({ cohortId }),
    });

  it("shows each learner's hours per phase and total", async () => {
    const { cohort, tricky, quoted, idle } = await cohortWithProgress();
    const progress = (await getCohortProgress(cohort.id, { today }))!;
    const byId = new Map(progress.summaries.map((s) => [s.learnerId, s]));
    expect(byId.get(tricky.id)).toMatchObject({ totalMinutes: 120, lastActivityDate: today });
    expect(byId.get(tricky.id)!.phases.map((p) => p.minutes)).toEqual([90, 30, 0]);
    expect(byId.get(quoted.id)!.totalMinutes).toBe(600);
    expect(byId.get(idle.id)).toMatchObject({ totalMinutes: 0, lastActivityDate: null, level: { name: "Beginner" } });
  });

  it("exports the table as RFC 4180 CSV, sorted like the page, with formulas defused", async () => {
    const { cohort, tricky, quoted, idle } = await cohortWithProgress();
    const response = await get(cohort.id, "?sort=total&dir=desc");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="csv-export-[a-z0-9]+-progress\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 byte-order mark
    const text = new TextDecoder().decode(bytes); // drops the mark
    expect(text.endsWith("\r\n")).toBe(true);

    const lines = text.split("\r\n");
    expect(lines[0]).toBe(
      '"Name","Email","Phase 1: Foundations & Core Concepts (h)","Phase 2: Pipeline Automation & Scaling (h)","Phase 3: Advanced Architecture & Optimization (h)",' +
        '"Total (h)","Path total (h)","Level","Readiness for next level (%)","Pace (h/week, last 4 weeks)","Last activity","Open submissions"',
    );
    // Sorted by total, most first: 10 h, 2 h, 0 h. The line break inside the quoted name is
    // data (a bare LF); records end with CRLF.
    // Not enrolled (made by the test): the pace window is the 7-day minimum, so 2 h this week is 2 h/week.
    expect(lines[1]).toMatch(
      new RegExp(
        `^"Smith, ""Jo""\nSecond line","${quoted.email}",10,0,0,10,360,"Beginner",\\d+,[\\d.]+,"${addDays(today, -3)}",0$`,
      ),
    );
    expect(lines[2]).toMatch(
      new RegExp(
        `^"'=HYPERLINK\\(""http://evil.example"",""click""\\)","${tricky.email}",1.5,0.5,0,2,360,"Beginner",\\d+,2,"${today}",0$`,
      ),
    );
    expect(lines[3]).toBe(`"Idle Ida","${idle.email}",0,0,0,0,360,"Beginner",0,0,,0`);
    expect(lines).toHaveLength(5);

    const byName = (await (await get(cohort.id, "?sort=name")).text()).split("\r\n");
    expect(byName[1]).toMatch(/^"'=HYPERLINK/);
    expect(byName.at(-2)).toMatch(/^"Smith/);
  });

  it("defuses formulas whichever list separator the spreadsheet splits cells on (issue 14)", async () => {
    const names = ["Sec X;=cmd|' /C calc'!A0", "Plain;+SUM(1)", "Tab,@A1", "-2+3;=1"];
    const learners = await Promise.all(names.map((name) => createTestUser("LEARNER", { name })));
    const cohort = await createTestCohort({ learnerIds: learners.map((l) => l.id) });
    const text = (await (await get(cohort.id)).text()).replace(/^\uFEFF/, "");
    for (const separator of [",", ";"]) {
      const cells = spreadsheetCells(text, separator);
      expect(cells.length, separator).toBeGreaterThan(names.length);
      const formulas = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell));
      expect(formulas, `cells split on "${separator}"`).toEqual([]);
    }
  });

  it("shows pace as the 4-week average in the table and the CSV, under the same name (issue 16)", async () => {
    // 16 h over the last 4 weeks and nothing in the last 7 days: 4.0 h/week, not the 7-day 0.
    // Enrolled today (hours imported for earlier weeks): the time logged before still counts.
    const guide = await seededGuide();
    const steady = await createEnrolledLearner({ name: `Steady ${randomUUID().slice(0, 6)}` });
    await testDb().timeEntry.createMany({
      data: [
        { learnerId: steady.id, phaseId: guide.phases[0]!.id, date: toDbDate(addDays(today, -27)), minutes: 480 },
        { learnerId: steady.id, phaseId: guide.phases[0]!.id, date: toDbDate(addDays(today, -20)), minutes: 240 },
        { learnerId: steady.id, phaseId: guide.phases[0]!.id, date: toDbDate(addDays(today, -13)), minutes: 240 },
      ],
    });
    const cohort = await createTestCohort({ learnerIds: [steady.id] });

    const progress = (await getCohortProgress(cohort.id, { today }))!;
    expect(progress.summaries.find((s) => s.learnerId === steady.id)?.hoursPerWeek).toBe(4);
    const { cohortColumns } = await import("@/lib/cohorts/table");
    expect(cohortColumns([]).find((c) => c.id === "pace")?.label).toBe("Pace (h/week, last 4 weeks)");

    const lines = (await (await get(cohort.id)).text()).split("\r\n");
    const header = spreadsheetCells(lines[0]!, ",");
    const pace = header.indexOf("Pace (h/week, last 4 weeks)");
    expect(pace).toBeGreaterThan(-1);
    const row = spreadsheetCells(
      lines.find((line) => line.includes(steady.email))!,
      ",",
    );
    expect(row).toHaveLength(header.length);
    expect(row[pace]).toBe("4");
  });

  it("answers 401 to a guest, 403 to a learner or mentor, 404 for an unknown cohort", async () => {
    const { cohort } = await cohortWithProgress();
    signInAs(null);
    expect((await get(cohort.id)).status).toBe(401);
    for (const role of ["LEARNER", "MENTOR"] as const) {
      signInAs(await createTestUser(role));
      expect((await get(cohort.id)).status).toBe(403);
    }
    signInAs(admin);
    expect((await get("no-such-cohort")).status).toBe(404);
  });
});

/**
 * Splits CSV text into cells the way a spreadsheet opening it does with `separator` as its list
 * separator: a cell that starts with a quote runs to the closing quote ("" is a quote), anything
 * after that up to the separator is appended; an unquoted cell runs to the separator. Lenient
 * like Excel and LibreOffice, never throwing on a quote in the middle of a cell.
 */
function spreadsheetCells(text: string, separator: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = "";
    if (text[i] === '"') {
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else cell += text[i++];
      }
    }
    while (i < text.length && text[i] !== separator && text[i] !== "\r" && text[i] !== "\n") cell += text[i++];
    cells.push(cell);
    if (text[i] === "\r") i++;
    i++;
  }
  return cells;
}
