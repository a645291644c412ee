import { describe, expect, it } from "vitest";
import { mlInfrastructureGuide as guide } from "@/lib/guides/content/ml-infrastructure";
import { redFlagRecord, type RecordShape } from "../support/red-flag-record";
import { redFlagStandings, redFlagWarningText } from "@/lib/progress/red-flags";

/** A record on the real ML Infrastructure guide (tests/support/red-flag-record.ts). */
function record(l: RecordShape = {}) {
  const { phases, scores } = redFlagRecord(l);
  return redFlagStandings(guide.redFlags, phases, scores);
}

const warned = (standings: ReturnType<typeof record>) => standings.filter((f) => f.warning).map((f) => f.key);
const approve = (...keys: string[]) => Object.fromEntries(keys.map((k) => [k, "APPROVED" as const]));
const PHASE_1_FLAGS = [
  "manual-model-deployment",
  "no-performance-data-quality-monitoring",
  "no-model-dataset-version-control",
];

describe("redFlagStandings", () => {
  it("shows a brand-new learner every flag as something to avoid, none as a warning", () => {
    const standings = record();
    expect(standings.map((f) => f.key)).toEqual(guide.redFlags.map((f) => f.key));
    expect(warned(standings)).toEqual([]);
  });

  it("stays neutral while the learner works inside the phase that asks for the work", () => {
    expect(warned(record({ phaseHours: [59] }))).toEqual([]);
  });

  it("warns once the learner has logged the phase's estimate without approved work on the sub-skill", () => {
    const standings = record({ phaseHours: [60] });
    expect(warned(standings)).toEqual(PHASE_1_FLAGS);
    expect(standings.find((f) => f.key === "manual-model-deployment")?.warning).toEqual({
      kind: "moved-past",
      phaseNumber: 1,
      phaseTitle: "Foundations & Core Concepts",
    });
  });

  it("warns once the learner logs time on a later phase, but not for flags that phase asks for itself", () => {
    // Data pipelines and governance are first asked for in phase 2: working on it is not moving past it.
    expect(warned(record({ phaseHours: [0, 1] }))).toEqual(PHASE_1_FLAGS);
    expect(warned(record({ phaseHours: [0, 0, 1] }))).toEqual(guide.redFlags.map((f) => f.key));
  });

  it("warns when a reviewer requested changes on work touching the sub-skill", () => {
    const standings = record({ statuses: { "feature-store-implementation": "CHANGES_REQUESTED" } });
    expect(warned(standings)).toEqual(["train-inference-processing-mismatch"]);
    const flag = standings.find((f) => f.key === "train-inference-processing-mismatch")!;
    expect(redFlagWarningText(flag.warning!, "Data Pipeline Engineering")).toBe(
      'A reviewer asked for changes to "Feature store implementation"; nothing on Data Pipeline Engineering is approved yet.',
    );
  });

  it("drops a flag once approved work clears it, however far the learner has moved on", () => {
    const phase1 = guide.phases[0]!.deliverables.map((d) => d.key);
    const standings = record({ phaseHours: [60, 120, 1], statuses: approve(...phase1) });
    // Phase 1's approvals clear pipeline automation and monitoring; the phase-3 hours move past phase 2.
    expect(standings.map((f) => [f.key, f.warning?.kind ?? null])).toEqual([
      ["train-inference-processing-mismatch", "moved-past"],
      ["ignoring-ml-artifact-security", "moved-past"],
    ]);
    expect(record({ phaseHours: [0, 0, 1], projects: ["multi-team-ml-platform"] }).length).toBeLessThan(5);
  });

  it("leaves archived phases out: time on them never moves a learner past anything", () => {
    expect(warned(record({ phaseHours: [0, 0, 10], archived: [guide.phases[2]!.key] }))).toEqual([]);
  });
});
