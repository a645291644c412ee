import { describe, expect, it } from "vitest";
import { mlInfrastructureGuide as guide } from "@/lib/guides/content/ml-infrastructure";
import { deliverableCredit, scoreSubSkills, type ProficiencyInput } from "@/lib/progress/proficiency";
import { rubricScoreProblems } from "@/lib/rubrics/rules";
import {
  INVALID_LEVEL_MESSAGE,
  NOT_IN_RUBRIC_MESSAGE,
  UNSCORED_MESSAGE,
  readLevels,
  rubricScoresField,
} from "@/lib/rubrics/schema";
import { RUBRIC_LEVELS, rubricLevelName } from "@/lib/rubrics/scale";

describe("deliverableCredit: what an approval's rubric scores are worth", () => {
  it("counts Proficient and Exemplary in full, Developing half, Not yet nothing", () => {
    expect(deliverableCredit({ status: "APPROVED", rubricLevels: [3, 4, 3] })).toBe(1);
    expect(deliverableCredit({ status: "APPROVED", rubricLevels: [3, 2] })).toBe(0.75);
    expect(deliverableCredit({ status: "APPROVED", rubricLevels: [1, 2] })).toBe(0.25);
    expect(deliverableCredit({ status: "APPROVED", rubricLevels: [1, 1] })).toBe(0);
  });

  it("gives full credit to an approval without scores, none to work not approved whatever its scores", () => {
    expect(deliverableCredit({ status: "APPROVED", rubricLevels: [] })).toBe(1);
    expect(deliverableCredit({ status: "APPROVED" })).toBe(1);
    for (const status of ["NOT_STARTED", "DRAFT", "SUBMITTED", "CHANGES_REQUESTED"] as const)
      expect(deliverableCredit({ status, rubricLevels: [4, 4] })).toBe(0);
  });
});

describe("the worked example of docs/proficiency.md (rubric scores)", () => {
  // Model Serving Architecture: weight 20 % → 72 h share; 3 deliverables touch it; 3 of its quiz questions.
  const input = (levels: Record<string, number[]>): ProficiencyInput => ({
    phases: guide.phases.map((p, i) => ({
      key: p.key,
      title: p.title,
      position: i + 1,
      estimatedHours: p.estimatedHours,
      archived: false,
      loggedMinutes: 0,
      deliverables: p.deliverables.map((d) => ({
        key: d.key,
        title: d.title,
        subSkillKeys: d.subSkillKeys,
        status: d.key in levels ? ("APPROVED" as const) : ("NOT_STARTED" as const),
        rubricLevels: levels[d.key] ?? [],
      })),
    })),
    subSkills: guide.subSkills.map((s) => ({
      key: s.key,
      name: s.name,
      weightPercent: s.weightPercent,
      loggedMinutes: s.key === "model-serving-architecture" ? 36 * 60 : 0,
      quiz: s.key === "model-serving-architecture" ? { correct: 2, total: 3 } : { correct: 0, total: 1 },
    })),
    totalLoggedMinutes: 36 * 60,
    quizCounted: { correct: 2, total: 12 },
    approvedProjects: [],
    levels: [],
  });
  const serving = (levels: Record<string, number[]>) =>
    scoreSubSkills(input(levels)).find((s) => s.key === "model-serving-architecture")!;

  it("scores 56.7 with one approval all Proficient and one Proficient + Developing (60.0 without rubrics)", () => {
    const scored = serving({ "dockerized-ml-api": [3, 3, 3], "kubernetes-ml-serving": [3, 2] });
    expect(scored.deliverables).toMatchObject({ approved: 2, credit: 1.75, total: 3 });
    expect(scored.score).toBe(56.7);
    expect(serving({ "dockerized-ml-api": [], "kubernetes-ml-serving": [] }).score).toBe(60);
  });
});

describe("rubric score checks", () => {
  it("asks for every active criterion, on its own field, and refuses a criterion of another rubric", () => {
    expect(rubricScoreProblems(["a", "b"], { a: 3, b: 1 })).toEqual({});
    expect(rubricScoreProblems(["a", "b"], { a: 3 })).toEqual({ "rubric-b": [UNSCORED_MESSAGE] });
    expect(rubricScoreProblems(["a"], { a: 3, z: 2 })).toEqual({ "": [NOT_IN_RUBRIC_MESSAGE] });
    expect(rubricScoreProblems([], {})).toEqual({});
  });

  it("reads form levels as whole numbers 1..4 and refuses the rest on the criterion's field", () => {
    const schema = rubricScoresField.transform((scores, ctx) => readLevels(scores, ctx));
    expect(schema.parse({ a: "3", b: 4, c: "" })).toEqual({ a: 3, b: 4 });
    for (const bad of ["0", "5", "2.5", "x", -1, true, null]) {
      const result = schema.safeParse({ a: bad });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ["rubric-a"], message: INVALID_LEVEL_MESSAGE });
    }
  });

  it("names the four levels in order", () => {
    expect(RUBRIC_LEVELS.map((l) => rubricLevelName(l.level))).toEqual([
      "Not yet",
      "Developing",
      "Proficient",
      "Exemplary",
    ]);
  });
});
