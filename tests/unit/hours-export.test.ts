import { describe, expect, it } from "vitest";
import { checkCsv, parseCsv } from "@/lib/hours/csv";
import { hoursCsv, unguardFormula } from "@/lib/hours/export";

describe("hours CSV export", () => {
  const entries = [
    {
      date: "2026-02-01",
      minutes: 90,
      phaseKey: "foundations-core-concepts",
      subSkillKey: null,
      note: "Docker, basics",
    },
    { date: "2026-02-02", minutes: 45, phaseKey: "foundations-core-concepts", subSkillKey: "s", note: "=SUM(A1)" },
  ];

  it("writes Skilltrail's columns, quoted text, whole hours and minutes, formulas guarded", () => {
    expect(hoursCsv(entries).split("\r\n")).toEqual([
      '"date","hours","minutes","phase","sub_skill","note"',
      '"2026-02-01",1,30,"foundations-core-concepts","","Docker, basics"',
      `"2026-02-02",0,45,"foundations-core-concepts","s","'=SUM(A1)"`,
      "",
    ]);
  });

  it("reads back as the same entries, the guard removed", () => {
    const parsed = parseCsv(hoursCsv(entries));
    if (!parsed.ok) throw new Error(parsed.error);
    const catalog = {
      phases: [{ id: "p1", key: "foundations-core-concepts", title: "Foundations" }],
      subSkills: [{ id: "s1", key: "s", name: "S" }],
    };
    expect(checkCsv(parsed.records, { catalog, today: "2026-03-01", loggedByDate: new Map() })).toMatchObject({
      ok: true,
      rows: [
        { date: "2026-02-01", minutes: 90, phaseId: "p1", subSkillId: null, note: "Docker, basics" },
        { date: "2026-02-02", minutes: 45, phaseId: "p1", subSkillId: "s1", note: "=SUM(A1)" },
      ],
    });
    expect(unguardFormula("'plain")).toBe("'plain");
  });
});
