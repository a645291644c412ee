import { describe, expect, it } from "vitest";
import { buildLearnerProgress, type CurriculumRows, type ProgressRows } from "@/lib/dashboard/evidence";
import { learnerStanding, type StandingRows } from "@/lib/dashboard/standing";
import { addDays } from "@/lib/progress/calendar";

const TODAY = "2026-03-15";
const requirements = (
  hours: number,
  phases: number,
  quiz: number,
  overall: number,
  subSkill: number,
  projects: number,
) => ({
  minTotalHours: hours,
  minPhasesCompleted: phases,
  minQuizPercent: quiz,
  minOverallScore: overall,
  minSubSkillScore: subSkill,
  minApprovedProjects: projects,
});

/** Three phases (one archived), three sub-skills (one archived), four levels, two project ideas. */
const curriculum: CurriculumRows = {
  phases: [
    {
      id: "p1",
      key: "foundations",
      position: 0,
      title: "Foundations",
      estimatedHours: 40,
      archived: false,
      deliverables: [
        { id: "d1", key: "d1", title: "First", subSkillKeys: ["serving", "pipelines"] },
        { id: "d2", key: "d2", title: "Second", subSkillKeys: ["serving"] },
      ],
    },
    {
      id: "old",
      key: "old",
      position: 1,
      title: "Retired",
      estimatedHours: 30,
      archived: true,
      deliverables: [],
    },
    {
      id: "p2",
      key: "scale",
      position: 3,
      title: "Scale",
      estimatedHours: 60,
      archived: false,
      deliverables: [{ id: "d3", key: "d3", title: "Third", subSkillKeys: ["pipelines"] }],
    },
  ],
  subSkills: [
    { id: "s1", key: "serving", name: "Serving", weightPercent: 60, archived: false, quizQuestions: 6 },
    { id: "s2", key: "pipelines", name: "Pipelines", weightPercent: 40, archived: false, quizQuestions: 4 },
    { id: "s3", key: "gone", name: "Gone", weightPercent: 0, archived: true, quizQuestions: 0 },
  ],
  levels: [
    { key: "beginner", name: "Beginner", summary: "", ...requirements(0, 0, 0, 0, 0, 0) },
    { key: "intermediate", name: "Intermediate", summary: "", ...requirements(20, 1, 50, 30, 10, 0) },
    { key: "advanced", name: "Advanced", summary: "", ...requirements(60, 2, 70, 60, 40, 1) },
    { key: "expert", name: "Expert", summary: "", ...requirements(90, 2, 80, 80, 70, 2) },
  ],
  redFlags: [{ key: "f1", text: "Flag", subSkillKey: "serving", subSkillName: "Serving" }],
  projects: [
    { id: "idea1", key: "idea1", title: "Idea", subSkillKeys: ["serving"] },
    { id: "idea2", key: "idea2", title: "Idea 2", subSkillKeys: ["pipelines"] },
  ],
  quizPolicy: { counting: "BEST", averageOf: 3, questionsPerAttempt: 10 },
};

/** A record that grows with `n`: hours (tagged, untagged, archived phase, another guide's phase), approvals with rubric levels, quiz, projects. */
function rowsFor(n: number): ProgressRows {
  const days = Array.from({ length: n * 3 }, (_, k) => ({
    date: addDays(TODAY, -((k * 5) % 40)),
    minutes: 30 + k * 7,
  }));
  return {
    startedAt: new Date(Date.UTC(2026, 2, 15 - (n % 2 === 0 ? 100 : 9))),
    weeklyGoalMinutes: n % 3 === 0 ? 300 : null,
    curriculum,
    minutes: [
      { phaseId: "p1", subSkillId: "s1", minutes: 300 * n },
      { phaseId: "p1", subSkillId: null, minutes: 200 * n },
      { phaseId: "p2", subSkillId: "s2", minutes: 250 * n },
      { phaseId: "old", subSkillId: "s3", minutes: 90 * n },
      { phaseId: "not-this-guide", subSkillId: null, minutes: 999 },
    ],
    days,
    submissions: [
      ...(n >= 1
        ? [{ deliverableId: "d1", status: "APPROVED" as const, rubricLevels: n % 2 === 0 ? [3, 4] : [2, 3] }]
        : []),
      ...(n >= 2 ? [{ deliverableId: "d2", status: "APPROVED" as const, rubricLevels: [] }] : []),
      { deliverableId: "d3", status: n >= 4 ? ("APPROVED" as const) : ("SUBMITTED" as const), rubricLevels: [] },
    ],
    quiz: {
      best: null,
      latest: null,
      attempts: n,
      counted: n === 0 ? null : { correct: Math.min(10, 4 + n), total: 10, attempts: 1 },
      countedBySubSkill:
        n === 0
          ? []
          : [
              { subSkillId: "s1", correct: Math.min(6, 2 + n), total: 6 },
              { subSkillId: "s2", correct: Math.min(4, 2 + Math.floor(n / 2)), total: 4 },
            ],
    },
    approvedProjects: [
      ...(n >= 3 ? [{ projectId: "idea1" }] : []),
      ...(n >= 5 ? [{ projectId: null, id: "own", title: "Mine", subSkillIds: ["s2", "s9"] }] : []),
    ],
    ratings: [{ subSkillId: "s1", meanConfidence: 4 }],
    activity: [],
  };
}

const standingRows = (rows: ProgressRows): StandingRows => ({
  startedAt: rows.startedAt,
  curriculum: rows.curriculum,
  minutes: rows.minutes,
  // The table reads only the pace window's days.
  days: rows.days.filter((d) => d.date >= addDays(TODAY, -27)),
  submissions: rows.submissions,
  quiz: rows.quiz,
  approvedProjects: rows.approvedProjects,
});

describe("learnerStanding", () => {
  it.each([0, 1, 2, 3, 4, 5, 6, 8])("gives the dashboard's figures for record %i", (n) => {
    const rows = rowsFor(n);
    for (const timeZone of ["UTC", "Pacific/Auckland"]) {
      const dashboard = buildLearnerProgress(rows, { today: TODAY, timeZone });
      const { assessment } = dashboard.explanation;
      expect(learnerStanding(standingRows(rows), { today: TODAY, timeZone })).toEqual({
        totalMinutes: dashboard.total.loggedMinutes,
        pathTotalHours: dashboard.pathTotalHours,
        totalPercent: dashboard.total.percent,
        phases: dashboard.phases.map((p) => ({
          key: p.key,
          title: p.title,
          number: p.position,
          estimatedHours: p.targetMinutes / 60,
          minutes: p.loggedMinutes,
        })),
        hoursPerWeek: dashboard.pace.hoursPerWeek,
        level: assessment.level && { key: assessment.level.key, name: assessment.level.name },
        levelIndex: assessment.level ? dashboard.levels.findIndex((l) => l.key === assessment.level!.key) : -1,
        nextLevelName: assessment.nextLevel?.name ?? null,
        readinessPercent: assessment.readinessPercent,
      });
    }
  });

  it("counts an archived phase's hours in the total but shows no column for it, and numbers phases along the path", () => {
    const standing = learnerStanding(standingRows(rowsFor(2)), { today: TODAY, timeZone: "UTC" });
    expect(standing.totalMinutes).toBe(2 * (300 + 200 + 250 + 90));
    expect(standing.phases.map((p) => [p.key, p.number, p.minutes])).toEqual([
      ["foundations", 1, 1000],
      ["scale", 2, 500],
    ]);
    expect(standing.pathTotalHours).toBe(100);
  });

  it("spans the levels: the first with no record, the top with no next level", () => {
    const none = learnerStanding(standingRows(rowsFor(0)), { today: TODAY, timeZone: "UTC" });
    expect([none.level?.key, none.levelIndex, none.nextLevelName]).toEqual(["beginner", 0, "Intermediate"]);
    const top = learnerStanding(standingRows(rowsFor(8)), { today: TODAY, timeZone: "UTC" });
    expect([top.level?.key, top.levelIndex, top.nextLevelName, top.readinessPercent]).toEqual([
      "expert",
      3,
      null,
      null,
    ]);
  });

  it("places a learner below the first level at index -1", () => {
    const strict: CurriculumRows = {
      ...curriculum,
      levels: curriculum.levels.map((l) => ({ ...l, minTotalHours: l.minTotalHours + 1 })),
    };
    const standing = learnerStanding(
      { ...standingRows(rowsFor(0)), curriculum: strict },
      { today: TODAY, timeZone: "UTC" },
    );
    expect([standing.level, standing.levelIndex, standing.nextLevelName]).toEqual([null, -1, "Beginner"]);
  });
});
