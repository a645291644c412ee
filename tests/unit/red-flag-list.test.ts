import { describe, expect, it } from "vitest";
import { mlInfrastructureGuide as guide } from "@/lib/guides/content/ml-infrastructure";
import { redFlagRecord, type RecordShape } from "../support/red-flag-record";
import { redFlagList } from "@/lib/progress/red-flags";

/** A record on the real ML Infrastructure guide (tests/support/red-flag-record.ts). */
function list(l: RecordShape = {}) {
  const { phases, scores, approvedProjects } = redFlagRecord(l);
  return redFlagList(guide.redFlags, phases, scores, approvedProjects);
}

const states = (items: ReturnType<typeof list>) => items.map((f) => [f.key, f.state]);
const approve = (...keys: string[]) => Object.fromEntries(keys.map((k) => [k, "APPROVED" as const]));

describe("redFlagList", () => {
  it("lists every flag of the guide, in its order, neutral for a brand-new learner", () => {
    const items = list();
    expect(items.map((f) => f.key)).toEqual(guide.redFlags.map((f) => f.key));
    expect(items.every((f) => f.state === "neutral" && f.warning === null && f.clearedBy.length === 0)).toBe(true);
  });

  it("keeps cleared flags in the list, naming the approved deliverables that cleared them", () => {
    const items = list({ phaseHours: [0, 0, 1], statuses: approve("kubeflow-automated-pipeline") });
    expect(states(items)).toEqual([
      ["manual-model-deployment", "cleared"],
      ["no-performance-data-quality-monitoring", "warning"],
      ["train-inference-processing-mismatch", "cleared"],
      ["no-model-dataset-version-control", "cleared"],
      ["ignoring-ml-artifact-security", "warning"],
    ]);
    const cleared = items.find((f) => f.key === "manual-model-deployment")!;
    expect(cleared.warning).toBeNull();
    expect(cleared.clearedBy).toEqual([
      { kind: "deliverable", key: "kubeflow-automated-pipeline", title: "Automated ML pipeline with Kubeflow" },
    ]);
  });

  it("names an approved project, after the deliverables, and clears even a flag that was a warning", () => {
    const sentBack = { "feature-store-implementation": "CHANGES_REQUESTED" as const };
    expect(list({ statuses: sentBack }).find((f) => f.key === "train-inference-processing-mismatch")?.state).toBe(
      "warning",
    );
    const items = list({
      statuses: { ...sentBack, ...approve("kubeflow-automated-pipeline") },
      projects: ["real-time-recommendation-infrastructure"],
    });
    const flag = items.find((f) => f.key === "train-inference-processing-mismatch")!;
    expect(flag.state).toBe("cleared");
    expect(flag.clearedBy).toEqual([
      { kind: "deliverable", key: "kubeflow-automated-pipeline", title: "Automated ML pipeline with Kubeflow" },
      {
        kind: "project",
        key: "real-time-recommendation-infrastructure",
        title: "Real-time Recommendation System Infrastructure",
      },
    ]);
    // Monitoring is cleared by the project alone.
    expect(items.find((f) => f.key === "no-performance-data-quality-monitoring")?.clearedBy.map((w) => w.kind)).toEqual(
      ["project"],
    );
  });

  it("does not count approved work of an archived phase, as the level does not", () => {
    const phase2 = guide.phases[1]!.key;
    const items = list({ statuses: approve("kubeflow-automated-pipeline"), archived: [phase2] });
    expect(items.find((f) => f.key === "manual-model-deployment")?.state).toBe("neutral");
  });

  it("gives the same warnings as the standings for the flags still open", () => {
    const items = list({ phaseHours: [60] });
    expect(items.filter((f) => f.state === "warning").map((f) => f.key)).toEqual([
      "manual-model-deployment",
      "no-performance-data-quality-monitoring",
      "no-model-dataset-version-control",
    ]);
    expect(items.find((f) => f.key === "manual-model-deployment")?.warning).toEqual({
      kind: "moved-past",
      phaseNumber: 1,
      phaseTitle: "Foundations & Core Concepts",
    });
  });
});
