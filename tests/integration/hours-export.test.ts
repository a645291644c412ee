import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

/** The CSV export of one's own hours (issue 12 item 5): own rows only, and it re-imports unchanged. */

const { importTimeEntriesAction } = await import("@/lib/hours/actions");
const { GET: exportRoute } = await import("@/app/api/hours/export/route");
const { toDbDate } = await import("@/lib/progress/calendar");
const { createEnrolledLearner, createTestUser, seededGuide, testDb } = await import("../support/db");

let guide: Awaited<ReturnType<typeof seededGuide>>;
const created: string[] = [];
async function learner() {
  const user = await createEnrolledLearner();
  created.push(user.id);
  return user;
}
const stored = (learnerId: string) =>
  testDb().timeEntry.findMany({
    where: { learnerId },
    orderBy: [{ date: "asc" }, { minutes: "asc" }],
    select: { date: true, minutes: true, phaseId: true, subSkillId: true, note: true },
  });

beforeAll(async () => {
  guide = await seededGuide();
});
beforeEach(() => {
  signInAs(null);
});
afterAll(async () => {
  await testDb().user.deleteMany({ where: { id: { in: created } } });
});

describe("hours CSV export", () => {
  it("writes the caller's entries in Skilltrail's format, and a fresh account imports them unchanged", async () => {
    const [me, someoneElse] = [await learner(), await learner()];
    const notes = ["Docker basics", 'Served a model, "then" load-tested it', '=HYPERLINK("http://x")', null];
    for (const [i, note] of notes.entries())
      await testDb().timeEntry.create({
        data: {
          learnerId: me.id,
          phaseId: guide.phases[i % 2]!.id,
          subSkillId: i === 1 ? guide.subSkills[0]!.id : null,
          date: toDbDate(`2026-02-0${i + 1}`),
          minutes: 45 + i * 60,
          note,
        },
      });
    await testDb().timeEntry.create({
      data: {
        learnerId: someoneElse.id,
        phaseId: guide.phases[0]!.id,
        date: toDbDate("2026-02-01"),
        minutes: 5,
        note: "not mine",
      },
    });

    signInAs(me);
    const response = await exportRoute();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="skilltrail-hours-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const csv = await response.text();
    expect(csv.split("\r\n")[0]).toBe('"date","hours","minutes","phase","sub_skill","note"');
    expect(csv).not.toContain("not mine");
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`); // a spreadsheet will not run it

    const copy = await learner();
    signInAs(copy);
    expect(await importTimeEntriesAction({ csv, importKey: randomUUID() })).toMatchObject({
      ok: true,
      message: "Imported 4 entries.",
    });
    expect(await stored(copy.id)).toEqual(await stored(me.id));
    // Importing it again adds nothing.
    expect(await importTimeEntriesAction({ csv, importKey: randomUUID() })).toMatchObject({
      ok: true,
      message: "This file was already imported (4 entries).",
    });
  });

  it("is for learners: a guest gets 401, a mentor 403", async () => {
    expect((await exportRoute()).status).toBe(401);
    const mentor = await createTestUser("MENTOR");
    created.push(mentor.id);
    signInAs(mentor);
    expect((await exportRoute()).status).toBe(403);
  });
});
