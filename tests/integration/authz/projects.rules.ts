import { learnerGuide } from "@/lib/guides/enrollment";
import { testDb } from "../../support/db";
import { LEARNERS_ONLY, self, type CallContext, type Rules } from "./rules";

/**
 * Portfolio actions act on the caller's own projects: progress rows are found by id AND the
 * caller, and each input here is built for the caller, so "learner-other" acts on their own.
 * Another learner's progress id is "not found", not a denial: tests/integration/portfolio.test.ts
 * covers it (tests/integration/portfolio-reviews.test.ts for own projects). Approving a project
 * is a reviewer's decision on its submission (lib/reviews).
 */
async function projectId(context: CallContext) {
  const { guideId } = await learnerGuide(self(context).id);
  const project = await testDb().portfolioProject.findFirstOrThrow({
    where: { guideId, archivedAt: null },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  return project.id;
}

/** A project the caller has picked (built directly, so the cell tests only the action under test). */
async function ownProgressId(context: CallContext) {
  const learnerId = self(context).id;
  const mine = { learnerId, projectId: await projectId(context) };
  const row = await testDb().projectProgress.upsert({
    where: { learnerId_projectId: mine },
    create: mine,
    update: {},
    select: { id: true },
  });
  return row.id;
}

/** An own project of the caller's, planned, with a repository and a description (ready to submit). */
async function ownProjectId(context: CallContext) {
  const learnerId = self(context).id;
  const { guideId } = await learnerGuide(learnerId);
  const row = await testDb().projectProgress.create({
    data: {
      learnerId,
      guideId,
      title: "Feature store on Postgres",
      description: "Offline and online features, **tested**.",
      repoUrl: "https://github.com/matrix/feature-store",
      stack: ["Python", "PostgreSQL"],
      subSkills: { create: { subSkillId: await subSkillId(context) } },
    },
    select: { id: true },
  });
  return row.id;
}

async function subSkillId(context: CallContext) {
  const { guideId } = await learnerGuide(self(context).id);
  const subSkill = await testDb().subSkill.findFirstOrThrow({
    where: { guideId, archivedAt: null },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  return subSkill.id;
}

export const rules: Rules = {
  "lib/projects/actions.ts#addOwnProjectAction": {
    expect: LEARNERS_ONLY,
    input: async (context) => ({
      title: "Model registry",
      description: "A registry with **lineage**.",
      repoUrl: "https://github.com/matrix/registry",
      demoUrl: "https://registry.example.com",
      stack: ["MLflow", "Docker"],
      subSkillIds: [await subSkillId(context)],
    }),
  },
  "lib/projects/actions.ts#editOwnProjectAction": {
    expect: LEARNERS_ONLY,
    input: async (context) => ({
      progressId: await ownProjectId(context),
      status: "IN_PROGRESS",
      title: "Feature store, v2",
      description: "Now with **streaming**.",
      repoUrl: "https://github.com/matrix/feature-store",
      demoUrl: "https://features.example.com",
      stack: ["Python", "Kafka"],
      subSkillIds: [await subSkillId(context)],
    }),
  },
  "lib/projects/actions.ts#submitProjectAction": {
    expect: LEARNERS_ONLY,
    input: async (context) => ({ progressId: await ownProjectId(context) }),
  },
  "lib/projects/actions.ts#pickProjectAction": {
    expect: LEARNERS_ONLY,
    input: async (context) => ({ projectId: await projectId(context) }),
  },
  "lib/projects/actions.ts#updateProjectProgressAction": {
    expect: LEARNERS_ONLY,
    input: async (context) => ({
      progressId: await ownProgressId(context),
      status: "IN_PROGRESS",
      repoUrl: "https://github.com/matrix/project",
    }),
  },
  "lib/projects/actions.ts#dropProjectAction": {
    expect: LEARNERS_ONLY,
    input: async (context) => ({ progressId: await ownProgressId(context) }),
  },
};
