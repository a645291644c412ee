import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PhaseInput } from "@/lib/progress/path";
import type { DashboardGuide } from "../support/dashboard-record";

/**
 * The dashboard's loader against real rows: every figure is compared with what this file
 * computes from the rows it inserted itself. db() is swapped for a client that logs its SQL, so
 * the number of statements a dashboard costs can be counted (it must not grow with history).
 */
const queryLog = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/db", async (importOriginal) =>
  (await import("../support/counting-db")).countingDbModule(importOriginal, queryLog),
);

const { db } = await import("@/lib/db");
const { getLearnerProgress } = await import("@/lib/dashboard/queries");
const { explainLevel } = await import("@/lib/progress/proficiency");
const { requirementsOf } = await import("../support/curriculum");
const { createEnrolledLearner, testDb } = await import("../support/db");
const { at, day, insertKnownRecord, keysOf, loadDashboardGuide } = await import("../support/dashboard-record");

const TODAY = "2026-03-11"; // a Wednesday
const HEATMAP_FROM = "2025-03-17"; // Monday of the week 51 weeks before TODAY's week

let g: DashboardGuide;
let archivedPhaseId: string;
const learnerIds: string[] = [];

beforeAll(async () => {
  g = await loadDashboardGuide();
  // A retired phase of the same guide: its hours still count toward the total, nothing else does.
  const archived = await testDb().phase.create({
    data: {
      guideId: g.guide.id,
      key: `dashboard-archived-${randomUUID()}`,
      position: 99,
      title: "Retired phase",
      summary: "Archived for the dashboard test.",
      estimatedHours: 40,
      goals: [],
      archivedAt: new Date(),
    },
  });
  archivedPhaseId = archived.id;
});

afterAll(async () => {
  // Learner rows cascade with the user; the extra phase can go once nothing points to it.
  await testDb().user.deleteMany({ where: { id: { in: learnerIds } } });
  await testDb().phase.delete({ where: { id: archivedPhaseId } });
  await db().$disconnect();
});

async function freshLearner(startedAt = at("2026-01-05", "09:00")) {
  const learner = await createEnrolledLearner({ guideId: g.guide.id, startedAt });
  learnerIds.push(learner.id);
  return learner;
}

describe("getLearnerProgress", () => {
  it("shows a brand-new learner 0 h of the path total and empty states", async () => {
    const learner = await freshLearner();
    const progress = await getLearnerProgress(learner.id, { today: TODAY });

    const pathHours = g.phases.reduce((sum, p) => sum + p.estimatedHours, 0);
    expect(pathHours).toBe(360);
    expect(progress.pathTotalHours).toBe(pathHours);
    expect(progress.total.loggedMinutes).toBe(0);
    expect(progress.phases.map((p) => [p.key, p.loggedMinutes, p.targetMinutes])).toEqual(
      g.phases.map((p) => [p.key, 0, p.estimatedHours * 60]),
    );
    expect(progress.subSkillHours.every((s) => s.loggedMinutes === 0)).toBe(true);
    expect(progress.heatmap.weeks).toHaveLength(52);
    expect(progress.heatmap.from).toBe(HEATMAP_FROM);
    expect(progress.heatmap.totalMinutes).toBe(0);
    expect(progress.streak).toBe(0);
    expect(progress.pace.hoursPerWeek).toBe(0);
    expect(progress.projections.path.status).toBe("no-pace");
    expect(progress.quiz).toEqual({
      best: null,
      latest: null,
      attempts: 0,
      counted: null,
      countedAs: "your latest attempt",
    });
    expect(progress.explanation.assessment.level?.key).toBe(g.levels[0]!.key);
    expect(progress.explanation.missing.map((m) => m.kind)).toContain("quiz");
    expect(progress.redFlags.map((f) => f.key).sort()).toEqual(g.redFlags.map((f) => f.key).sort());
    // Nothing in a new record shows a flag's pattern: every flag is something to avoid, none a warning.
    expect(progress.redFlags.filter((f) => f.warning !== null)).toEqual([]);
    expect(progress.selfAssessment.every((s) => s.verdict === "not-rated")).toBe(true);
    expect(progress.recentActivity).toEqual([]);
    expect(progress.isNew).toBe(true);
  });

  it("turns a red flag into a warning once the record shows its pattern", async () => {
    const learner = await freshLearner();
    const [p1, p2] = g.phases;
    // Work on phase 2 with nothing approved: the learner moved past phase 1 without its evidence.
    await testDb().timeEntry.create({
      data: { learnerId: learner.id, phaseId: p2!.id, date: day(TODAY), minutes: 90 },
    });
    const progress = await getLearnerProgress(learner.id, { today: TODAY });
    const askedInPhase1 = new Set(g.deliverables.filter((d) => d.phaseId === p1!.id).flatMap(keysOf));
    const warnings = progress.redFlags.filter((f) => f.warning !== null);
    expect(warnings.map((f) => f.key).sort()).toEqual(
      g.redFlags
        .filter((f) => askedInPhase1.has(f.subSkill.key))
        .map((f) => f.key)
        .sort(),
    );
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((f) => f.warning?.kind === "moved-past" && f.warning.phaseNumber === 1)).toBe(true);
  });

  describe("a learner with a known record", () => {
    type Record = Awaited<ReturnType<typeof insertKnownRecord>>;
    let r: Record;
    let progress: Awaited<ReturnType<typeof getLearnerProgress>>;
    const sum = (xs: Array<{ minutes: number }>) => xs.reduce((total, x) => total + x.minutes, 0);
    const onPhase = (phaseId: string) => sum(r.entries.filter((e) => e.phaseId === phaseId));

    beforeAll(async () => {
      const [learner, other] = [await freshLearner(), await freshLearner()];
      r = await insertKnownRecord(g, { learner, other, archivedPhaseId, today: TODAY });
      progress = await getLearnerProgress(r.learnerId, { today: TODAY });
    });

    it("adds up hours in total, per phase (archived ones only in the total) and per sub-skill", () => {
      expect(progress.total.loggedMinutes).toBe(sum(r.entries));
      expect(progress.total.targetMinutes).toBe(360 * 60);
      expect(progress.archivedPhaseMinutes).toBe(onPhase(archivedPhaseId));
      expect(progress.phases.map((p) => p.loggedMinutes)).toEqual(g.phases.map((p) => onPhase(p.id)));
      expect(progress.phases.map((p) => p.isPhaseComplete)).toEqual([true, false, false]);
      for (const row of progress.subSkillHours) {
        expect(row.loggedMinutes, row.key).toBeCloseTo(r.subSkillMinutes(row.key), 6);
        expect(row.targetMinutes, row.key).toBe((g.subSkill(row.key).weightPercent / 100) * 360 * 60);
      }
      expect(progress.isNew).toBe(false);
    });

    it("draws the heatmap from the per-day sums, with the streak and the 4-week pace", () => {
      const perDay = new Map<string, number>();
      for (const e of r.entries) if (e.date >= HEATMAP_FROM) perDay.set(e.date, (perDay.get(e.date) ?? 0) + e.minutes);
      const cells = progress.heatmap.weeks.flatMap((w) => w.days).filter((c) => c.minutes > 0);
      expect(Object.fromEntries(cells.map((c) => [c.date, c.minutes]))).toEqual(Object.fromEntries(perDay));
      expect(progress.heatmap.activeDays).toBe(perDay.size);
      expect(progress.heatmap.totalMinutes).toBe([...perDay.values()].reduce((a, b) => a + b, 0));
      expect(progress.streak).toBe(3); // 9, 10 and 11 March; nothing on the 8th
      const windowMinutes = sum(r.entries.filter((e) => e.date >= "2026-02-12" && e.date <= TODAY));
      expect(progress.pace.hoursPerWeek).toBe(Math.round((windowMinutes / 60 / 4) * 10) / 10);
    });

    it("reports the best and the latest attempt, and counts the latest (the default policy)", () => {
      expect(progress.quiz.attempts).toBe(2);
      expect(progress.quiz.counted).toEqual({ correct: 10, total: 18, attempts: 1, percent: 55.6 });
      expect(progress.quiz.best).toEqual({ correct: 14, total: 18, percent: 77.8, submittedAt: r.best.submittedAt });
      expect(progress.quiz.latest).toEqual({
        correct: 10,
        total: 18,
        percent: 55.6,
        submittedAt: r.latest.submittedAt,
      });
    });

    it("hands the proficiency model exactly the facts inserted, and explains the level", () => {
      // Archived phases only add to the total (given separately), so the active ones suffice, numbered 1..n.
      const phases: PhaseInput[] = g.phases.map((p, i) => ({
        key: p.key,
        title: p.title,
        position: i + 1,
        estimatedHours: p.estimatedHours,
        archived: false,
        loggedMinutes: onPhase(p.id),
        deliverables: g.deliverables
          .filter((d) => d.phaseId === p.id)
          .map((d) => ({
            key: d.key,
            title: d.title,
            status: r.statuses.get(d.id) ?? "NOT_STARTED",
            subSkillKeys: keysOf(d),
          })),
      }));
      const quizOf = (subSkillId: string) => {
        // The latest attempt counts (default policy): its first 10 answers are right.
        const own = g.questions.map((q, i) => ({ q, correct: i < 10 })).filter(({ q }) => q.subSkillId === subSkillId);
        return { correct: own.filter((o) => o.correct).length, total: own.length };
      };
      const expected = explainLevel({
        phases,
        subSkills: g.guide.subSkills.map((s) => ({
          key: s.key,
          name: s.name,
          weightPercent: s.weightPercent,
          loggedMinutes: r.subSkillMinutes(s.key),
          quiz: quizOf(s.id),
        })),
        totalLoggedMinutes: sum(r.entries),
        quizCounted: { correct: 10, total: 18 },
        approvedProjects: [
          { key: r.approvedProject.key, title: r.approvedProject.title, subSkillKeys: keysOf(r.approvedProject) },
        ],
        levels: g.levels.map((level) => ({ key: level.key, name: level.name, requirements: requirementsOf(level) })),
      });
      expect(progress.explanation.assessment.subSkills).toEqual(expected.assessment.subSkills);
      expect(progress.explanation.assessment.overallScore).toBe(expected.assessment.overallScore);
      expect(progress.explanation.reasons).toEqual(expected.reasons);
      expect(progress.explanation.missing.map((m) => m.message)).toEqual(expected.missing.map((m) => m.message));

      // Was: the best attempt (77.8 %) made this learner Intermediate. Now the latest attempt counts
      // (issue 11): 10 of 18 = 55.6 % < 60 %, so 88 h and phase 1 are not enough: Beginner, one answer short.
      expect(progress.explanation.assessment.quizPercent).toBe(55.6);
      expect(progress.explanation.assessment.level?.name).toBe("Beginner");
      expect(progress.explanation.assessment.nextLevel?.name).toBe("Intermediate");
      const gaps = progress.explanation.missing;
      expect(gaps.find((m) => m.kind === "quiz")).toMatchObject({ requiredPercent: 60, moreCorrectNeeded: 1 });
      expect(gaps.some((m) => m.kind === "total-hours" || m.kind === "phase")).toBe(false);
    });

    it("clears the flags of sub-skills with approved work, naming it, and compares the latest self-ratings", () => {
      const p1 = g.phases[0]!;
      const approvedDeliverables = g.deliverables.filter((d) => d.phaseId === p1.id);
      const proven = new Set([...approvedDeliverables.flatMap(keysOf), ...keysOf(r.approvedProject)]);
      // The whole list stays, in the guide's flags; the open ones are those without approved work.
      expect(progress.redFlags.map((f) => f.key).sort()).toEqual(g.redFlags.map((f) => f.key).sort());
      expect(
        progress.redFlags
          .filter((f) => f.state !== "cleared")
          .map((f) => f.key)
          .sort(),
      ).toEqual(
        g.redFlags
          .filter((f) => !proven.has(f.subSkill.key))
          .map((f) => f.key)
          .sort(),
      );
      const cleared = progress.redFlags.filter((f) => f.state === "cleared");
      expect(cleared.length).toBeGreaterThan(0);
      for (const flag of cleared) {
        // Exactly the approved work on the flag's sub-skill, with the ids the links need.
        const expected = [
          ...approvedDeliverables
            .filter((d) => keysOf(d).includes(flag.subSkillKey))
            .map((d) => ({ kind: "deliverable", id: d.id, title: d.title })),
          ...(keysOf(r.approvedProject).includes(flag.subSkillKey)
            ? [{ kind: "project", id: r.approvedProject.id, title: r.approvedProject.title }]
            : []),
        ];
        const byId = (a: { id?: string }, b: { id?: string }) => (a.id ?? "").localeCompare(b.id ?? "");
        expect(flag.clearedBy.map(({ kind, id, title }) => ({ kind, id, title })).sort(byId)).toEqual(
          expected.sort(byId),
        );
        expect(flag.warning).toBeNull();
      }
      const calibration = new Map(progress.selfAssessment.map((s) => [s.subSkillKey, s]));
      const serving = r.servingRatings;
      expect(calibration.get("model-serving-architecture")?.meanConfidence).toBeCloseTo(
        serving.reduce((a, b) => a + b, 0) / serving.length,
        9,
      );
      expect(calibration.get("data-pipeline-engineering")?.meanConfidence).toBe(2);
      expect(calibration.get("monitoring-observability")?.verdict).toBe("not-rated");
    });

    it("lists the 8 latest events of all three kinds", () => {
      const events = [
        ...r.entries.map((e) => ({ kind: "time", at: at(e.date) })),
        ...r.changes.map((c) => ({ kind: "submission", at: c })),
        { kind: "quiz", at: r.best.submittedAt! },
        { kind: "quiz", at: r.latest.submittedAt! },
      ]
        .sort((a, b) => b.at.getTime() - a.at.getTime())
        .slice(0, 8);
      expect(progress.recentActivity.map((a) => [a.kind, a.at])).toEqual(events.map((e) => [e.kind, e.at]));
    });
  });

  it("takes the latest of equally good quiz attempts as the best", async () => {
    const learner = await freshLearner();
    for (const [correct, total, when] of [
      [9, 18, "2026-03-01"],
      [6, 12, "2026-03-03"],
      [5, 18, "2026-03-04"],
    ] as const) {
      await testDb().quizAttempt.create({
        data: {
          learnerId: learner.id,
          guideId: g.guide.id,
          questionOrder: [],
          correctCount: correct,
          totalCount: total,
          submittedAt: at(when),
        },
      });
    }
    const progress = await getLearnerProgress(learner.id, { today: TODAY });
    expect(progress.quiz.best).toMatchObject({ correct: 6, total: 12, percent: 50 });
    expect(progress.quiz.latest).toMatchObject({ correct: 5, total: 18 });
  });

  it("costs the same, small number of SQL statements for 10 entries and for 2,000", async () => {
    const small = await freshLearner();
    const large = await freshLearner();
    const phaseId = g.phases[0]!.id;
    const entries = (learnerId: string, count: number) =>
      Array.from({ length: count }, (_, i) => ({
        learnerId,
        phaseId,
        subSkillId: g.guide.subSkills[i % 6]!.id,
        minutes: 30,
        date: new Date(day(TODAY).getTime() - Math.floor(i / 2) * 86_400_000),
      }));
    await testDb().timeEntry.createMany({ data: entries(small.id, 10) });
    await testDb().timeEntry.createMany({ data: entries(large.id, 2000) });

    const count = async (learnerId: string) => {
      queryLog.count = 0;
      const progress = await getLearnerProgress(learnerId, { today: TODAY });
      return { statements: queryLog.count, minutes: progress.total.loggedMinutes };
    };
    const forSmall = await count(small.id);
    const forLarge = await count(large.id);
    expect(forSmall.minutes).toBe(10 * 30);
    expect(forLarge.minutes).toBe(2000 * 30);
    expect(forLarge.statements).toBe(forSmall.statements);
    // 1 enrollment lookup + 8 parallel reads, as documented on getLearnerProgress.
    expect(forSmall.statements).toBe(9);
  });
});
