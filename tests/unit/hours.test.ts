import { describe, expect, it } from "vitest";
import { mlInfrastructureGuide as guide } from "@/lib/guides/content/ml-infrastructure";
import { guidePhases } from "@/tests/support/path-input";
import {
  aggregateMinutes,
  completedPhaseCount,
  currentPhase,
  formatHours,
  formatMinutes,
  hoursToMinutes,
  minutesToHours,
  pathTotalHours,
  pendingDeliverables,
  phaseProgress,
  progress,
  subSkillHours,
  totalProgress,
  type DeliverableStatus,
} from "@/lib/progress/path";

const approveAll = (phaseIndex: number): Record<string, DeliverableStatus> =>
  Object.fromEntries((guide.phases[phaseIndex]?.deliverables ?? []).map((d) => [d.key, "APPROVED" as const]));

describe("formatting", () => {
  it("writes hours and minutes the way the dashboard shows them", () => {
    expect(formatMinutes(750)).toBe("12 h 30 min");
    expect(formatMinutes(45)).toBe("45 min");
    expect(formatMinutes(180)).toBe("3 h");
    expect(formatMinutes(0)).toBe("0 min");
    expect(formatMinutes(21_600)).toBe("360 h");
  });

  it("rounds fractional minutes (shared untagged time) and keeps a sign for deficits", () => {
    expect(formatMinutes(59.6)).toBe("1 h");
    expect(formatMinutes(0.4)).toBe("0 min");
    expect(formatMinutes(-90)).toBe("-1 h 30 min");
    expect(formatMinutes(-0.2)).toBe("0 min");
    expect(formatMinutes(Number.NaN)).toBe("–");
  });

  it("converts between hours and minutes", () => {
    expect(formatHours(12.5)).toBe("12 h 30 min");
    expect(minutesToHours(90)).toBe(1.5);
    expect(hoursToMinutes(1.25)).toBe(75);
  });
});

describe("progress against a target", () => {
  it("reports percent, capped percent and over flags", () => {
    expect(progress(4500, 3600)).toEqual({
      loggedMinutes: 4500,
      targetMinutes: 3600,
      percent: 125,
      cappedPercent: 100,
      remainingMinutes: 0,
      overMinutes: 900,
      isComplete: true,
      isOver: true,
    });
    expect(progress(3600, 3600)).toMatchObject({ percent: 100, isComplete: true, isOver: false, remainingMinutes: 0 });
    expect(progress(1, 3)).toMatchObject({ percent: 33.3, remainingMinutes: 2, isComplete: false });
  });

  it("treats a zero target as nothing left to do", () => {
    expect(progress(0, 0)).toMatchObject({ percent: 100, isComplete: true, isOver: false });
    expect(progress(30, 0)).toMatchObject({ percent: 100, isOver: true, overMinutes: 30 });
  });
});

describe("path and phase totals", () => {
  it("sums the real guide's phases to 360 h", () => {
    expect(pathTotalHours(guidePhases())).toBe(360);
  });

  it("leaves an archived phase out of the path total and of phase progress", () => {
    const withArchived = guidePhases([600, 0, 0], {}, ["pipeline-automation-scaling"]);
    expect(pathTotalHours(withArchived)).toBe(240);
    expect(phaseProgress(withArchived).map((p) => p.key)).toEqual([
      "foundations-core-concepts",
      "advanced-architecture-optimization",
    ]);
  });

  it("shows no entries as zero everywhere", () => {
    const progressList = phaseProgress(guidePhases());
    expect(progressList.map((p) => [p.loggedMinutes, p.targetMinutes, p.percent])).toEqual([
      [0, 3600, 0],
      [0, 7200, 0],
      [0, 10_800, 0],
    ]);
    expect(totalProgress(0, 360)).toMatchObject({ percent: 0, remainingMinutes: 21_600 });
  });

  it("flags a phase logged past its estimate", () => {
    const [first] = phaseProgress(guidePhases([75 * 60]));
    expect(first).toMatchObject({
      percent: 125,
      cappedPercent: 100,
      isOver: true,
      overMinutes: 900,
      deliverablesTotal: 3,
      deliverablesApproved: 0,
    });
  });

  it("keeps counting past 360 h without a bar above 100 %", () => {
    expect(totalProgress(400 * 60, 360)).toMatchObject({
      percent: 111.1,
      cappedPercent: 100,
      isOver: true,
      overMinutes: 2400,
      remainingMinutes: 0,
    });
  });
});

describe("phase completion and the current phase", () => {
  it("starts a new learner on phase 1", () => {
    expect(currentPhase(guidePhases())?.key).toBe("foundations-core-concepts");
    expect(completedPhaseCount(guidePhases())).toBe(0);
  });

  it("moves on once phase 1's deliverables are approved, even with hours short of the estimate", () => {
    const list = guidePhases([40 * 60], approveAll(0));
    expect(completedPhaseCount(list)).toBe(1);
    expect(currentPhase(list)?.key).toBe("pipeline-automation-scaling");
  });

  it("stays on a phase whose hours are spent while a deliverable waits for review", () => {
    const list = guidePhases([70 * 60], { ...approveAll(0), "deployed-model-basic-monitoring": "SUBMITTED" });
    expect(currentPhase(list)).toMatchObject({
      key: "foundations-core-concepts",
      isOver: true,
      isPhaseComplete: false,
    });
  });

  it("counts completed phases in order only", () => {
    expect(completedPhaseCount(guidePhases([], approveAll(1)))).toBe(0);
    expect(completedPhaseCount(guidePhases([], { ...approveAll(0), ...approveAll(2) }))).toBe(1);
  });

  it("returns null when every phase is complete", () => {
    expect(currentPhase(guidePhases([], { ...approveAll(0), ...approveAll(1), ...approveAll(2) }))).toBeNull();
  });

  it("skips an archived phase", () => {
    const list = guidePhases([], approveAll(0), ["pipeline-automation-scaling"]);
    expect(currentPhase(list)?.key).toBe("advanced-architecture-optimization");
  });

  it("completes a phase left without deliverables by its hours", () => {
    const list = guidePhases([59 * 60]).map((p, i) => (i === 0 ? { ...p, deliverables: [] } : p));
    expect(completedPhaseCount(list)).toBe(0);
    expect(completedPhaseCount(list.map((p, i) => (i === 0 ? { ...p, loggedMinutes: 3600 } : p)))).toBe(1);
  });

  it("lists pending deliverables with their status", () => {
    const [first] = guidePhases([], {
      "dockerized-ml-api": "APPROVED",
      "mlflow-experiment-tracking": "CHANGES_REQUESTED",
    });
    expect(pendingDeliverables(first?.deliverables ?? [])).toEqual([
      { key: "mlflow-experiment-tracking", title: "MLflow experiment tracking setup", status: "CHANGES_REQUESTED" },
      { key: "deployed-model-basic-monitoring", title: "Deployed model with basic monitoring", status: "NOT_STARTED" },
    ]);
  });
});

describe("sub-skill hours against the weighted share", () => {
  const subSkills = guide.subSkills.map((s) => ({
    key: s.key,
    name: s.name,
    weightPercent: s.weightPercent,
    loggedMinutes: 0,
  }));

  it("gives each sub-skill weight % of the path total", () => {
    const rows = subSkillHours(subSkills, 360);
    expect(rows.map((r) => [r.key, r.targetMinutes / 60])).toEqual([
      ["data-pipeline-engineering", 90],
      ["model-serving-architecture", 72],
      ["ml-pipeline-automation", 72],
      ["monitoring-observability", 54],
      ["infrastructure-as-code", 36],
      ["ml-governance-security", 36],
    ]);
  });

  it("shrinks the shares with the path when a phase is archived", () => {
    const [data] = subSkillHours([{ ...subSkills[0]!, loggedMinutes: 45 * 60 }], 180);
    expect(data).toMatchObject({ targetMinutes: 45 * 60, percent: 100, isComplete: true });
  });
});

describe("aggregateMinutes", () => {
  const list = guidePhases();

  it("returns zeros for no entries", () => {
    expect(aggregateMinutes([], list)).toEqual({
      totalMinutes: 0,
      byPhase: {},
      bySubSkill: {},
      unattributedMinutes: 0,
    });
  });

  it("credits tagged minutes to their sub-skill and shares untagged ones across the phase's sub-skills", () => {
    const summary = aggregateMinutes(
      [
        { phaseKey: "foundations-core-concepts", subSkillKey: "monitoring-observability", minutes: 60 },
        // Phase 1's deliverables touch serving, IaC, pipeline automation and monitoring: 4 ways.
        { phaseKey: "foundations-core-concepts", subSkillKey: null, minutes: 120 },
        { phaseKey: "advanced-architecture-optimization", subSkillKey: null, minutes: 90 },
      ],
      list,
    );
    expect(summary.totalMinutes).toBe(270);
    expect(summary.byPhase).toEqual({ "foundations-core-concepts": 180, "advanced-architecture-optimization": 90 });
    expect(summary.bySubSkill).toEqual({
      "monitoring-observability": 60 + 30 + 30,
      "model-serving-architecture": 30,
      "infrastructure-as-code": 30 + 30,
      "ml-pipeline-automation": 30,
      "ml-governance-security": 30,
    });
    expect(summary.unattributedMinutes).toBe(0);
  });

  it("keeps untagged minutes on a phase without deliverables in the total only", () => {
    const bare = list.map((p, i) => (i === 0 ? { ...p, deliverables: [] } : p));
    const summary = aggregateMinutes([{ phaseKey: "foundations-core-concepts", subSkillKey: null, minutes: 50 }], bare);
    expect(summary).toMatchObject({ totalMinutes: 50, bySubSkill: {}, unattributedMinutes: 50 });
  });

  it("still counts minutes logged on an archived phase", () => {
    const archived = guidePhases([], {}, ["foundations-core-concepts"]);
    const summary = aggregateMinutes(
      [{ phaseKey: "foundations-core-concepts", subSkillKey: null, minutes: 40 }],
      archived,
    );
    expect(summary.totalMinutes).toBe(40);
    expect(summary.bySubSkill["model-serving-architecture"]).toBe(10);
  });
});
