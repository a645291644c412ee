import { describe, expect, it } from "vitest";
import { mlInfrastructureGuide as guide } from "@/lib/guides/content/ml-infrastructure";
import type { LevelRequirements } from "@/lib/guides/guide-schema";
import type { DeliverableStatus } from "@/lib/progress/path";
import {
  applicableRedFlags,
  assessProficiency,
  checkLevel,
  compareSelfAssessment,
  explainLevel,
  overallScore,
  readiness,
  scoreSubSkills,
  type LevelInput,
  type ProficiencyFacts,
  type ProficiencyInput,
  type RequirementCheck,
} from "@/lib/progress/proficiency";

// The worked example's attempt: the guide file's own 18 questions (an admin may set 18 per attempt), not the bank's.
const attemptQuestions = guide.quiz.filter((q) => !q.key.startsWith("bank-"));
const questionCount = (subSkillKey: string) => attemptQuestions.filter((q) => q.subSkillKey === subSkillKey).length;
const allDeliverables = guide.phases.flatMap((p) => p.deliverables);

/** subSkillHours: hours per sub-skill, or proportionalHours spread by weight; quizCorrect: per sub-skill in the best attempt. */
interface Learner {
  statuses?: Record<string, DeliverableStatus>;
  phaseHours?: number[];
  subSkillHours?: Record<string, number>;
  proportionalHours?: number;
  totalMinutes?: number;
  quizCorrect?: Record<string, number>;
  quizCounted?: { correct: number; total: number } | null;
  projects?: string[];
  archivedPhases?: string[];
}

/** A learner's evidence on the real ML Infrastructure guide, as the dashboard queries would fill it. */
function learner(l: Learner = {}): ProficiencyInput {
  const phaseHours = l.phaseHours ?? [];
  return {
    phases: guide.phases.map((p, i) => ({
      key: p.key,
      title: p.title,
      position: i + 1,
      estimatedHours: p.estimatedHours,
      archived: (l.archivedPhases ?? []).includes(p.key),
      loggedMinutes: (phaseHours[i] ?? 0) * 60,
      deliverables: p.deliverables.map((d) => ({
        key: d.key,
        title: d.title,
        subSkillKeys: d.subSkillKeys,
        status: l.statuses?.[d.key] ?? "NOT_STARTED",
      })),
    })),
    subSkills: guide.subSkills.map((s) => ({
      key: s.key,
      name: s.name,
      weightPercent: s.weightPercent,
      loggedMinutes:
        l.proportionalHours !== undefined
          ? (s.weightPercent / 100) * l.proportionalHours * 60
          : (l.subSkillHours?.[s.key] ?? 0) * 60,
      quiz: { correct: l.quizCorrect?.[s.key] ?? 0, total: questionCount(s.key) },
    })),
    totalLoggedMinutes: l.totalMinutes ?? phaseHours.reduce((sum, h) => sum + h * 60, 0),
    quizCounted: l.quizCounted ?? null,
    approvedProjects: guide.projects.filter((p) => (l.projects ?? []).includes(p.key)),
    levels: guide.levels,
  };
}

const approve = (...keys: string[]) => Object.fromEntries(keys.map((k) => [k, "APPROVED" as const]));
const phaseKeys = (i: number) => guide.phases[i]?.deliverables.map((d) => d.key) ?? [];
const allQuiz = Object.fromEntries(guide.subSkills.map((s) => [s.key, questionCount(s.key)]));

/** The worked example of docs/proficiency.md. */
const sam = learner({
  statuses: { ...approve(...phaseKeys(0)), "kubeflow-automated-pipeline": "SUBMITTED" },
  phaseHours: [62, 10, 0],
  subSkillHours: {
    "model-serving-architecture": 25,
    "ml-pipeline-automation": 20,
    "monitoring-observability": 15,
    "infrastructure-as-code": 12,
  },
  quizCorrect: {
    ...allQuiz,
    "data-pipeline-engineering": 3,
    "model-serving-architecture": 2,
    "ml-pipeline-automation": 2,
    "monitoring-observability": 2,
    "infrastructure-as-code": 1,
    "ml-governance-security": 1,
  },
  quizCounted: { correct: 11, total: 18 },
});

/** Everything approved, 360 h spread by weight, 17 of 18 on the quiz, one approved project. */
function expertOptions(): Learner {
  return {
    statuses: approve(...allDeliverables.map((d) => d.key)),
    phaseHours: [60, 120, 180],
    proportionalHours: 360,
    quizCorrect: { ...allQuiz, "data-pipeline-engineering": 3 },
    quizCounted: { correct: 17, total: 18 },
    projects: ["multi-team-ml-platform"],
  };
}
const expert = learner(expertOptions());

describe("sub-skill scores", () => {
  it("blend 40 % hours toward the weighted share, 40 % approved deliverables and 20 % quiz (the worked example)", () => {
    expect(scoreSubSkills(learner()).map((s) => s.score)).toEqual([0, 0, 0, 0, 0, 0]); // no evidence
    const scores = scoreSubSkills(sam);
    expect(scores.map((s) => [s.key, s.score])).toEqual([
      ["data-pipeline-engineering", 15],
      ["model-serving-architecture", 53.9],
      ["ml-pipeline-automation", 37.8],
      ["monitoring-observability", 37.8],
      ["infrastructure-as-code", 33.3],
      ["ml-governance-security", 6.7],
    ]);
    const serving = scores[1];
    expect(serving?.hours).toEqual({ loggedMinutes: 1500, targetMinutes: 4320, fraction: 1500 / 4320 });
    expect(serving?.deliverables).toMatchObject({ approved: 2, total: 3 });
    expect(serving?.quiz).toMatchObject({ correct: 2, total: 3 });
    expect(overallScore(scores)).toBe(31.8);
  });

  it("cap hours at the sub-skill's share: over 360 h changes nothing", () => {
    const over = learner({ ...expertOptions(), proportionalHours: 500, phaseHours: [100, 150, 250] });
    expect(scoreSubSkills(over).map((s) => s.score)).toEqual(scoreSubSkills(expert).map((s) => s.score));
    expect(scoreSubSkills(over)[0]?.hours?.fraction).toBe(1);
  });

  it("leave out a component the guide can't measure and scale up the others", () => {
    const input = learner({ subSkillHours: { "infrastructure-as-code": 36 }, statuses: approve("dockerized-ml-api") });
    const noQuiz = {
      ...input,
      subSkills: input.subSkills.map((s) =>
        s.key === "infrastructure-as-code" ? { ...s, quiz: { correct: 0, total: 0 } } : s,
      ),
    };
    const iac = scoreSubSkills(noQuiz).find((s) => s.key === "infrastructure-as-code");
    expect(iac?.quiz).toBeNull();
    expect(iac?.score).toBe(62.5); // (40 × 1 + 40 × 1/4) / 80
  });

  it("ignore an archived phase's deliverables", () => {
    const input = learner({ archivedPhases: ["pipeline-automation-scaling"], proportionalHours: 240 });
    const data = scoreSubSkills(input).find((s) => s.key === "data-pipeline-engineering");
    // Only phase 2's deliverables touch data pipelines: with it archived, hours and quiz carry the score.
    expect(data?.deliverables).toBeNull();
    expect(data?.hours?.targetMinutes).toBe(0.25 * 240 * 60);
    expect(data?.score).toBe(66.7); // (40 × 1 + 20 × 0) / 60
  });

  it("score a sub-skill with nothing to measure as 0 and weigh it by its weight", () => {
    const input: ProficiencyInput = {
      phases: [
        {
          key: "p",
          title: "P",
          position: 1,
          estimatedHours: 10,
          archived: false,
          loggedMinutes: 600,
          deliverables: [{ key: "d", title: "D", status: "APPROVED", subSkillKeys: ["a"] }],
        },
      ],
      subSkills: [
        { key: "a", name: "A", weightPercent: 100, loggedMinutes: 600, quiz: { correct: 1, total: 1 } },
        { key: "b", name: "B", weightPercent: 0, loggedMinutes: 0, quiz: { correct: 0, total: 0 } },
      ],
      totalLoggedMinutes: 600,
      quizCounted: { correct: 1, total: 1 },
      approvedProjects: [],
      levels: guide.levels,
    };
    const scores = scoreSubSkills(input);
    expect(scores).toMatchObject([{ score: 100 }, { score: 0, hours: null, deliverables: null, quiz: null }]);
    expect(overallScore(scores)).toBe(100);
  });
});

describe("level requirements", () => {
  const intermediate = guide.levels[1]!.requirements;
  const facts = (over: Partial<ProficiencyFacts> = {}): ProficiencyFacts => ({
    totalLoggedMinutes: 3600,
    phasesCompleted: 1,
    quizCounted: { correct: 3, total: 5 },
    overallScore: 30,
    subSkills: scoreSubSkills(learner()),
    approvedProjectCount: 0,
    ...over,
  });
  const unmet = (checks: RequirementCheck[]) => checks.filter((c) => !c.met).map((c) => c.requirement);
  const beginnerWith = (over: Partial<LevelRequirements>): LevelRequirements => ({
    ...guide.levels[0]!.requirements,
    ...over,
  });

  it("are met exactly at every Intermediate threshold (60 h, 1 phase, 60 %, 30)", () => {
    expect(unmet(checkLevel(intermediate, facts()))).toEqual([]);
  });

  it("are missed one step below each threshold", () => {
    expect(unmet(checkLevel(intermediate, facts({ totalLoggedMinutes: 3599 })))).toEqual(["minTotalHours"]);
    expect(unmet(checkLevel(intermediate, facts({ phasesCompleted: 0 })))).toEqual(["minPhasesCompleted"]);
    expect(unmet(checkLevel(intermediate, facts({ quizCounted: { correct: 599, total: 1000 } })))).toEqual([
      "minQuizPercent",
    ]);
    expect(unmet(checkLevel(intermediate, facts({ quizCounted: null })))).toEqual(["minQuizPercent"]);
    expect(unmet(checkLevel(intermediate, facts({ overallScore: 29.9 })))).toEqual(["minOverallScore"]);
  });

  it("place the learner one minute either side of 60 h", () => {
    expect(assessProficiency({ ...sam, totalLoggedMinutes: 3600 }).level?.key).toBe("intermediate");
    const short = explainLevel({ ...sam, totalLoggedMinutes: 3599 });
    expect(short.assessment.level?.key).toBe("beginner");
    expect(short.missing).toEqual([
      {
        kind: "total-hours",
        shortMinutes: 1,
        message: "Log 1 min more: you have 59 h 59 min of the 60 h Intermediate needs.",
      },
    ]);
    expect(short.assessment.readinessPercent).toBe(99);
  });

  it("pick the highest level whose every requirement is met, even if a lower one isn't", () => {
    const levels: LevelInput[] = [
      { key: "l0", name: "L0", requirements: beginnerWith({}) },
      { key: "l1", name: "L1", requirements: beginnerWith({ minQuizPercent: 100 }) },
      { key: "l2", name: "L2", requirements: beginnerWith({ minTotalHours: 10 }) },
    ];
    const result = assessProficiency({ ...learner({ totalMinutes: 1200 }), levels });
    expect(result).toMatchObject({ level: { key: "l2" }, nextLevel: null, readinessPercent: null });
  });

  it("leave the learner unplaced when not even the first level is met", () => {
    const levels: LevelInput[] = [{ key: "l0", name: "Starter", requirements: beginnerWith({ minTotalHours: 1 }) }];
    const result = explainLevel({ ...learner(), levels });
    expect(result.assessment).toMatchObject({ level: null, nextLevel: { key: "l0" } });
    expect(result.reasons).toEqual(["You have not met the requirements of Starter yet."]);
    expect(result.missing.map((g) => g.kind)).toEqual(["total-hours"]);
  });
});

describe("readiness", () => {
  const check = (required: number, progress: number): RequirementCheck => ({
    requirement: "minTotalHours",
    required,
    actual: 0,
    met: progress >= 1,
    progress,
  });

  it("averages the non-zero requirements equally and floors: 0 for a new learner, 59 % in the worked example", () => {
    expect(readiness([check(10, 0.5), check(10, 1), check(0, 0)])).toBe(75);
    expect(readiness([check(10, 0.999), check(10, 1)])).toBe(99);
    expect(readiness([check(0, 0)])).toBe(100);
    expect(assessProficiency(learner()).readinessPercent).toBe(0);
    expect(assessProficiency(sam).readinessPercent).toBe(59); // mean of 0.4, 0.5, 0.815, 0.53, 0.711
  });
});

/** The gap kinds in explainLevel's order: the four level-wide ones, one per sub-skill short, then the rest. */
const gapKinds = (subSkillsShort: number, ...after: string[]) => [
  "total-hours",
  "phase",
  "quiz",
  "overall-score",
  ...Array<string>(subSkillsShort).fill("sub-skill"),
  ...after,
];

describe("explainLevel", () => {
  it("tells a new learner everything Intermediate needs", () => {
    const { assessment, reasons, missing } = explainLevel(learner());
    expect(assessment).toMatchObject({
      level: { key: "beginner" },
      nextLevel: { key: "intermediate" },
      overallScore: 0,
    });
    expect(reasons).toEqual(["Beginner is the starting level: it has no requirements."]);
    expect(missing.map((g) => g.message)).toEqual([
      "Log 60 h more: you have 0 min of the 60 h Intermediate needs.",
      'Complete phase 1 "Foundations & Core Concepts": 3 deliverables not yet approved: "Dockerized ML application with basic API" (not started), ' +
        '"MLflow experiment tracking setup" (not started), "Deployed model with basic monitoring" (not started). Hours: 0 min of its 60 h estimate (60 h to go).',
      "Take the quiz: Intermediate needs 60% (11 of 18 correct).",
      "Raise your overall score from 0 to 30 (30 points); the biggest gains are in Data Pipeline Engineering (weight 25%, score 0) and Model Serving Architecture (weight 20%, score 0).",
    ]);
  });

  it("explains the worked example's level and lists every gap to Advanced", () => {
    const { assessment, reasons, missing } = explainLevel(sam);
    expect(assessment.level?.name).toBe("Intermediate");
    expect(reasons).toEqual([
      "You have logged 72 h; Intermediate needs 60 h.",
      "You have completed 1 phase with every deliverable approved; Intermediate needs 1.",
      "Your counted quiz score is 61.1%; Intermediate needs 60%.",
      "Your overall score is 31.8; Intermediate needs 30.",
    ]);
    expect(missing.map((g) => g.kind)).toEqual(gapKinds(5));
    expect([missing[0], missing[1]]).toMatchObject([
      { shortMinutes: 108 * 60 },
      { phaseKey: "pipeline-automation-scaling", hoursShortMinutes: 110 * 60 },
    ]);
    expect(missing[1]?.kind === "phase" && missing[1].pending.map((d) => [d.key, d.status])).toEqual([
      ["kubeflow-automated-pipeline", "SUBMITTED"],
      ["feature-store-implementation", "NOT_STARTED"],
      ["model-registry-version-control", "NOT_STARTED"],
      ["kubernetes-ml-serving", "NOT_STARTED"],
    ]);
    expect(missing[2]).toMatchObject({
      moreCorrectNeeded: 3,
      message: "Your counted quiz score is 61.1% (11 of 18); Advanced needs 75%: 3 more correct answers (14 of 18).",
    });
    expect(missing[3]).toMatchObject({ shortPoints: 28.2 });
    expect(missing.flatMap((g) => (g.kind === "sub-skill" ? [[g.subSkillKey, g.shortPoints]] : []))).toEqual([
      ["data-pipeline-engineering", 25],
      ["ml-pipeline-automation", 2.2],
      ["monitoring-observability", 2.2],
      ["infrastructure-as-code", 6.7],
      ["ml-governance-security", 33.3],
    ]);
    expect(missing[8]?.message).toBe(
      "ML Governance & Security scores 6.7; Advanced needs 40 in every sub-skill. 0 min of its 36 h share of hours; not yet approved: " +
        '"Model registry with version control" (not started), "Multi-tenant ML platform design document" (not started), ' +
        '"ML governance policy framework" (not started); quiz 1 of 3 correct.',
    );
  });

  it("lists projects and phase 3 for an Advanced learner aiming at Expert", () => {
    const advanced = learner({
      statuses: approve(...phaseKeys(0), ...phaseKeys(1), "ml-governance-policy-framework"),
      phaseHours: [60, 120, 20],
      proportionalHours: 200,
      quizCorrect: { ...allQuiz, "data-pipeline-engineering": 3, "ml-governance-security": 1 },
      quizCounted: { correct: 15, total: 18 },
    });
    const { assessment, missing } = explainLevel(advanced);
    expect(assessment.level?.key).toBe("advanced");
    expect(missing.map((g) => g.kind)).toEqual(gapKinds(3, "projects"));
    expect(missing.flatMap((g) => (g.kind === "sub-skill" ? [g.subSkillKey] : []))).toEqual([
      "monitoring-observability",
      "infrastructure-as-code",
      "ml-governance-security",
    ]);
    expect(missing.find((g) => g.kind === "quiz")?.message).toBe(
      "Your counted quiz score is 83.3% (15 of 18); Expert needs 90%: 2 more correct answers (17 of 18).",
    );
    expect(missing.find((g) => g.kind === "phase")?.message).toMatch(
      /^Complete phase 3 "Advanced Architecture & Optimization": 3 deliverables not yet approved/,
    );
    expect(missing.at(-1)?.message).toBe("Get 1 more portfolio project approved (0 of 1).");
  });

  it("has nothing missing at Expert, the top level", () => {
    const { assessment, reasons, missing } = explainLevel(expert);
    expect(assessment).toMatchObject({
      level: { key: "expert" },
      nextLevel: null,
      readinessPercent: null,
      phasesCompleted: 3,
    });
    expect(reasons).toHaveLength(6);
    expect(reasons.at(-1)).toBe("You have 1 approved portfolio project; Expert needs 1.");
    expect(missing).toEqual([]);
    expect(assessProficiency({ ...expert, totalLoggedMinutes: 500 * 60 }).level?.key).toBe("expert"); // past 360 h
  });

  it("says when the path has fewer phases than a level requires (a phase archived)", () => {
    const input = learner({ ...expertOptions(), archivedPhases: ["advanced-architecture-optimization"] });
    const { assessment, missing } = explainLevel(input);
    expect(assessment).toMatchObject({ pathTotalHours: 180, phasesCompleted: 2, level: { key: "advanced" } });
    expect(missing.find((g) => g.kind === "phase")?.message).toBe("Expert needs 3 phases but the path has only 2.");
  });
});

describe("applicableRedFlags", () => {
  it("applies every flag to a learner with no approved work", () => {
    const flags = applicableRedFlags(guide.redFlags, scoreSubSkills(learner()));
    expect(flags.map((f) => f.key)).toEqual(guide.redFlags.map((f) => f.key));
  });

  it("clears a flag once an approved deliverable or project touches its sub-skill, not before", () => {
    const submitted = applicableRedFlags(
      guide.redFlags,
      scoreSubSkills(learner({ statuses: { "mlflow-experiment-tracking": "SUBMITTED" } })),
    );
    expect(submitted).toHaveLength(5);
    const approved = applicableRedFlags(
      guide.redFlags,
      scoreSubSkills(learner({ statuses: approve("mlflow-experiment-tracking") })),
    );
    // Both pipeline-automation flags clear with the one approved deliverable.
    expect(approved.map((f) => f.key)).toEqual([
      "no-performance-data-quality-monitoring",
      "train-inference-processing-mismatch",
      "ignoring-ml-artifact-security",
    ]);
    // An approved portfolio project counts as approved work too.
    const flags = applicableRedFlags(
      guide.redFlags,
      scoreSubSkills(learner({ projects: ["real-time-recommendation-infrastructure"] })),
    );
    expect(flags.map((f) => f.subSkillKey)).toEqual([
      "ml-pipeline-automation",
      "ml-pipeline-automation",
      "ml-governance-security",
    ]);
  });

  it("lists the worked example's two flags and ignores a flag on a sub-skill outside the evidence", () => {
    expect(applicableRedFlags(guide.redFlags, scoreSubSkills(sam)).map((f) => f.text)).toEqual([
      "Using different data processing for training and inference",
      "Ignoring security and access controls for ML artifacts",
    ]);
    expect(
      applicableRedFlags([{ key: "x", text: "X", subSkillKey: "archived-skill" }], scoreSubSkills(learner())),
    ).toEqual([]);
  });
});

describe("compareSelfAssessment", () => {
  it("compares confidence on the score's scale with a one-step tolerance, clamping out-of-range means", () => {
    const scores = [
      { key: "a", name: "A", score: 37.8 },
      { key: "c", name: "C", score: 0 },
      { key: "d", name: "D", score: 25.1 },
      { key: "e", name: "E", score: 90 },
    ];
    const result = compareSelfAssessment(
      [
        { subSkillKey: "a", meanConfidence: 4.5 }, // 87.5 vs 37.8
        { subSkillKey: "c", meanConfidence: 2 }, // 25 vs 0: exactly one step
        { subSkillKey: "d", meanConfidence: 1 }, // 0 vs 25.1
        { subSkillKey: "e", meanConfidence: 7 }, // clamped to 5 → 100 vs 90
      ],
      scores,
    );
    expect(result.map((r) => [r.subSkillKey, r.confidenceScore, r.verdict])).toEqual([
      ["a", 87.5, "over-confident"],
      ["c", 25, "aligned"],
      ["d", 0, "under-confident"],
      ["e", 100, "aligned"],
    ]);
  });

  it("matches the worked example, and a sub-skill without ratings is not rated", () => {
    const result = compareSelfAssessment(
      [
        { subSkillKey: "model-serving-architecture", meanConfidence: 4.5 },
        { subSkillKey: "data-pipeline-engineering", meanConfidence: 2 },
        { subSkillKey: "ml-pipeline-automation", meanConfidence: null },
      ],
      scoreSubSkills(sam),
    );
    expect(result.map((r) => [r.subSkillKey, r.confidenceScore, r.evidenceScore, r.verdict])).toEqual([
      ["data-pipeline-engineering", 25, 15, "aligned"],
      ["model-serving-architecture", 87.5, 53.9, "over-confident"],
      ["ml-pipeline-automation", null, 37.8, "not-rated"],
      ["monitoring-observability", null, 37.8, "not-rated"],
      ["infrastructure-as-code", null, 33.3, "not-rated"],
      ["ml-governance-security", null, 6.7, "not-rated"],
    ]);
  });
});
