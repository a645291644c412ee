import { learnerGuide } from "@/lib/guides/enrollment";
import { testDb } from "../../support/db";
import { LEARNERS_ONLY, self, type CallContext, type Rules } from "./rules";

/**
 * Portfolio actions act on the caller's own projects: progress rows are found by id AND the
 * caller, and each input here is built for the caller, so "learner-other" acts on their own.
 * Another learner's progress id is "not found", not a denial: tests/integration/portfolio.test.ts
 * covers it. Approving a project is a reviewer's action (lib/reviews).
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

export const rules: Rules = {
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
