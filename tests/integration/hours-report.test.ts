import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

/**
 * The printable hours report (issue 12 item 5): its figures are the learner's own entries summed
 * per week, phase and sub-skill in SQL; another learner's entries never reach it; a bad period
 * is refused at its field.
 */
const { default: HoursReportPage } = await import("@/app/(app)/hours/report/page");
const { getHoursReport } = await import("@/lib/hours/report-queries");
const { REPORT_MESSAGES } = await import("@/lib/hours/report-period");
const { startOfIsoWeek, toDbDate } = await import("@/lib/progress/calendar");
const { formatDecimalHours } = await import("@/lib/ui/format");
const { createEnrolledLearner, createTestUser, seededGuide, testDb } = await import("../support/db");

let guide: Awaited<ReturnType<typeof seededGuide>>;
const created: string[] = [];
async function learner(name: string) {
  const user = await createEnrolledLearner({ name });
  created.push(user.id);
  return user;
}
const render = async (params: Record<string, string>) =>
  renderToStaticMarkup(await HoursReportPage({ searchParams: Promise.resolve(params) }));

type Entry = { date: string; minutes: number; phase: number; subSkill: number | null };
/** Entries across weeks, phases and sub-skills; the first and last fall outside the period. */
const ENTRIES: Entry[] = [
  { date: "2026-09-30", minutes: 500, phase: 0, subSkill: 0 },
  { date: "2026-10-01", minutes: 90, phase: 0, subSkill: 0 },
  { date: "2026-10-01", minutes: 30, phase: 0, subSkill: null },
  { date: "2026-10-04", minutes: 45, phase: 1, subSkill: 2 },
  { date: "2026-10-05", minutes: 120, phase: 1, subSkill: 2 },
  { date: "2026-10-20", minutes: 75, phase: 2, subSkill: 1 },
  { date: "2026-10-31", minutes: 60, phase: 0, subSkill: null },
  { date: "2026-11-01", minutes: 700, phase: 1, subSkill: 1 },
];
const PERIOD = { from: "2026-10-01", to: "2026-10-31" };
const inPeriod = ENTRIES.filter((e) => e.date >= PERIOD.from && e.date <= PERIOD.to);
const sumBy = <K>(entries: Entry[], key: (e: Entry) => K) => {
  const sums = new Map<K, number>();
  for (const e of entries) sums.set(key(e), (sums.get(key(e)) ?? 0) + e.minutes);
  return sums;
};

let me: Awaited<ReturnType<typeof learner>>;
let other: Awaited<ReturnType<typeof learner>>;

beforeAll(async () => {
  guide = await seededGuide();
  me = await learner("Rita Report");
  other = await learner("Otto Other");
  for (const e of ENTRIES)
    await testDb().timeEntry.create({
      data: {
        learnerId: me.id,
        phaseId: guide.phases[e.phase]!.id,
        subSkillId: e.subSkill === null ? null : guide.subSkills[e.subSkill]!.id,
        date: toDbDate(e.date),
        minutes: e.minutes,
      },
    });
  // The other learner logs on the same days: none of it may reach my report.
  for (const date of ["2026-10-01", "2026-10-20", "2026-10-31"])
    await testDb().timeEntry.create({
      data: { learnerId: other.id, phaseId: guide.phases[0]!.id, date: toDbDate(date), minutes: 1111 },
    });
});
afterAll(async () => {
  await testDb().user.deleteMany({ where: { id: { in: created } } });
});

describe("hours report figures", () => {
  it("equal the learner's entries in the period, per week, per phase and per sub-skill", async () => {
    const report = await getHoursReport(me.id, PERIOD);
    const total = inPeriod.reduce((sum, e) => sum + e.minutes, 0);
    expect(report.totalMinutes).toBe(total);
    expect(report.entryCount).toBe(inPeriod.length);
    expect(report.activeDays).toBe(new Set(inPeriod.map((e) => e.date)).size);

    // Every ISO week the period touches, Monday first, the empty ones at 0.
    const byWeek = sumBy(inPeriod, (e) => startOfIsoWeek(e.date));
    expect(report.weeks.map((w) => w.week)).toEqual([
      "2026-09-28",
      "2026-10-05",
      "2026-10-12",
      "2026-10-19",
      "2026-10-26",
    ]);
    expect(report.weeks).toEqual(report.weeks.map((w) => ({ week: w.week, minutes: byWeek.get(w.week) ?? 0 })));

    const byPhase = sumBy(inPeriod, (e) => guide.phases[e.phase]!.id);
    const activePhases = guide.phases.filter((p) => p.archivedAt === null);
    expect(report.phases.map((p) => [p.id, p.title, p.minutes])).toEqual(
      activePhases.map((p) => [p.id, p.title, byPhase.get(p.id) ?? 0]),
    );

    const bySubSkill = sumBy(inPeriod, (e) => (e.subSkill === null ? null : guide.subSkills[e.subSkill]!.id));
    const activeSubSkills = guide.subSkills.filter((s) => s.archivedAt === null);
    expect(report.subSkills.map((s) => [s.id, s.minutes])).toEqual([
      ...activeSubSkills.map((s) => [s.id, bySubSkill.get(s.id) ?? 0]),
      [null, bySubSkill.get(null)],
    ]);
    expect(report.subSkills.at(-1)?.title).toBe("No sub-skill");
    for (const rows of [report.weeks, report.phases, report.subSkills])
      expect(rows.reduce((sum, r) => sum + r.minutes, 0)).toBe(total);
  });

  it("is empty, not another learner's, for a learner with no entries in the period", async () => {
    const fresh = await learner("Nora New");
    const report = await getHoursReport(fresh.id, PERIOD);
    expect(report.totalMinutes).toBe(0);
    expect(report.weeks.every((w) => w.minutes === 0)).toBe(true);
    expect(report.subSkills.some((s) => s.id === null)).toBe(false);
  });
});

describe("hours report page", () => {
  it("shows the signed-in learner their own figures and none of another learner's", async () => {
    signInAs(me);
    const mine = await render(PERIOD);
    const total = inPeriod.reduce((sum, e) => sum + e.minutes, 0);
    expect(mine).toContain(`data-testid="report-Total">${formatDecimalHours(total)}<`);
    for (const heading of ["Hours per week", "Hours per phase", "Hours per sub-skill"]) expect(mine).toContain(heading);
    expect(mine).toContain('<title id="report-chart-title">Hours per week</title>');
    expect(mine).not.toContain("18 h 31 min"); // 1,111 minutes: the other learner's entries

    signInAs(other);
    const theirs = await render(PERIOD);
    expect(theirs).toContain(`data-testid="report-Total">${formatDecimalHours(3 * 1111)}<`);
  });

  it("refuses a reversed period at the last day's field and shows no figures", async () => {
    signInAs(me);
    const page = await render({ from: "2026-10-31", to: "2026-10-01" });
    expect(page).toContain(REPORT_MESSAGES.reversed);
    // The message is the "To" field's description, and the field is marked invalid.
    const to = page.match(/<input[^>]*name="to"[^>]*>/)![0];
    expect(to).toContain('aria-invalid="true"');
    const describedBy = to.match(/aria-describedby="([^"]+)"/)![1]!;
    expect(page).toMatch(new RegExp(`id="${describedBy}"[^>]*>(<[^>]+>)*${REPORT_MESSAGES.reversed}`));
    expect(page).not.toContain("Hours per phase");
    expect(page).toContain('value="2026-10-31"');
  });

  it("refuses a date that is not one, and a first day in the future", async () => {
    signInAs(me);
    const page = await render({ from: "2026-02-30", to: "2999-01-01" });
    expect(page).toContain(REPORT_MESSAGES.invalid);
    const future = await render({ from: "2999-01-01", to: "2999-01-02" });
    expect(future).toContain(REPORT_MESSAGES.fromFuture);
  });

  it("is the learner's own page: a mentor is sent to their home", async () => {
    const mentor = await createTestUser("MENTOR");
    created.push(mentor.id);
    signInAs(mentor);
    await expect(render(PERIOD)).rejects.toThrow(/NEXT_REDIRECT/);
  });
});
