import { createFaq, sharedFixtureGuide } from "../../support/curriculum";
import { testDb } from "../../support/db";
import { ADMIN_ONLY, type Rules } from "./rules";

/**
 * The curriculum editor (lib/curriculum): admins only. Every input acts on a private
 * copy of the guide (tests/support/curriculum.ts), never on the shared seeded one.
 */
const file = "lib/curriculum/actions.ts";
const guide = () => sharedFixtureGuide();

export const rules: Rules = {
  [`${file}#updateGuideSettingsAction`]: {
    expect: ADMIN_ONLY,
    input: async () => {
      const g = await guide();
      return { guideId: g.id, title: g.title, tagline: g.tagline, overview: g.overview, reviewWindowDays: 4 };
    },
  },
  [`${file}#upsertPhaseAction`]: {
    expect: ADMIN_ONLY,
    input: async () => ({
      guideId: (await guide()).id,
      title: "Matrix phase",
      summary: "Summary.",
      estimatedHours: 5,
      goals: "A goal",
    }),
  },
  [`${file}#upsertChecklistItemAction`]: {
    expect: ADMIN_ONLY,
    input: async () => ({ phaseId: (await guide()).phases[0]!.id, kind: "TOPIC", title: "Matrix topic" }),
  },
  [`${file}#upsertDeliverableAction`]: {
    expect: ADMIN_ONLY,
    input: async () => {
      const g = await guide();
      return {
        phaseId: g.phases[0]!.id,
        title: "Matrix deliverable",
        description: "Build it.",
        subSkillIds: [g.subSkills[0]!.id],
      };
    },
  },
  [`${file}#upsertSubSkillAction`]: {
    expect: ADMIN_ONLY,
    input: async () => ({
      guideId: (await guide()).id,
      name: "Matrix sub-skill",
      description: "About it.",
      exampleTasks: "A task",
    }),
  },
  [`${file}#saveSubSkillWeightsAction`]: {
    expect: ADMIN_ONLY,
    // The guide's current weights (they add up to 100): valid, whatever other cells added.
    input: async () => {
      const guideId = (await guide()).id;
      const active = await testDb().subSkill.findMany({
        where: { guideId, archivedAt: null },
        select: { id: true, weightPercent: true },
      });
      return { guideId, weights: active };
    },
  },
  [`${file}#updateLevelAction`]: {
    expect: ADMIN_ONLY,
    input: async () => {
      const {
        id,
        name,
        summary,
        typicalExperience,
        capabilities,
        minTotalHours,
        minPhasesCompleted,
        minQuizPercent,
        minOverallScore,
        minSubSkillScore,
        minApprovedProjects,
      } = (await guide()).levels[1]!;
      return {
        id,
        name,
        summary,
        typicalExperience,
        capabilities,
        minTotalHours,
        minPhasesCompleted,
        minQuizPercent,
        minOverallScore,
        minSubSkillScore,
        minApprovedProjects,
      };
    },
  },
  [`${file}#upsertQuizQuestionAction`]: {
    expect: ADMIN_ONLY,
    input: async () => {
      const g = await guide();
      return {
        guideId: g.id,
        subSkillId: g.subSkills[0]!.id,
        prompt: "Matrix?",
        options: ["Yes", "No"],
        correctOption: 0,
        explanation: "Because.",
      };
    },
  },
  [`${file}#upsertSelfCheckAction`]: {
    expect: ADMIN_ONLY,
    input: async () => {
      const g = await guide();
      return { guideId: g.id, subSkillId: g.subSkills[0]!.id, prompt: "How sure are you?" };
    },
  },
  [`${file}#upsertProjectAction`]: {
    expect: ADMIN_ONLY,
    input: async () => {
      const g = await guide();
      return {
        guideId: g.id,
        title: "Matrix project",
        difficulty: "BEGINNER",
        description: "Build it.",
        suggestedStack: "Docker",
        recruiterSignals: "Ships",
        subSkillIds: [g.subSkills[0]!.id],
      };
    },
  },
  [`${file}#upsertUseCaseAction`]: {
    expect: ADMIN_ONLY,
    input: async () => ({
      guideId: (await guide()).id,
      title: "Matrix use case",
      difficulty: "ADVANCED",
      description: "Where it helps.",
    }),
  },
  [`${file}#upsertRedFlagAction`]: {
    expect: ADMIN_ONLY,
    input: async () => {
      const g = await guide();
      return { guideId: g.id, subSkillId: g.subSkills[0]!.id, text: "No pipelines shipped" };
    },
  },
  [`${file}#upsertFaqAction`]: {
    expect: ADMIN_ONLY,
    input: async () => ({ guideId: (await guide()).id, question: "Matrix?", answer: "Yes." }),
  },
  [`${file}#upsertTextItemAction`]: {
    expect: ADMIN_ONLY,
    input: async () => ({ guideId: (await guide()).id, kind: "OUTCOME", text: "Matrix outcome" }),
  },
  [`${file}#moveCurriculumItemAction`]: {
    expect: ADMIN_ONLY,
    input: async () => ({ entity: "faq", id: (await createFaq((await guide()).id)).id, direction: "up" }),
  },
  [`${file}#removeCurriculumItemAction`]: {
    expect: ADMIN_ONLY,
    input: async () => ({ entity: "faq", id: (await createFaq((await guide()).id)).id }),
  },
  [`${file}#restoreCurriculumItemAction`]: {
    expect: ADMIN_ONLY,
    input: async () => ({ entity: "faq", id: (await createFaq((await guide()).id, true)).id }),
  },
};
