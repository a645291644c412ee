import { randomUUID } from "node:crypto";
import { createFixtureGuide } from "../../support/curriculum";
import { seededGuide, testDb } from "../../support/db";
import { enrollLearner } from "@/lib/guides/enrollment";
import { ADMIN_ONLY, LEARNERS_ONLY, type Rules } from "./rules";

/**
 * Guides: a learner's own enrolments (lib/enrolments: self-only, no learner id in the input,
 * learners only, like logging hours) and the admin's guide lifecycle (lib/guide-lifecycle:
 * admins only). Each lifecycle call gets a fresh guide in the status it needs.
 */

const seeded = await seededGuide();

export const rules: Rules = {
  // Enrolling in the published default guide: a new enrolment, or a switch for one who follows it.
  "lib/enrolments/actions.ts#enrollInGuideAction": { expect: LEARNERS_ONLY, input: () => ({ guideId: seeded.id }) },
  "lib/enrolments/actions.ts#switchGuideAction": {
    expect: LEARNERS_ONLY,
    input: async ({ caller }) => {
      if (caller?.role === "LEARNER") await enrollLearner(testDb(), caller.id, { guideId: seeded.id });
      return { guideId: seeded.id };
    },
  },
  "lib/guide-lifecycle/actions.ts#createGuideAction": {
    expect: ADMIN_ONLY,
    input: () => {
      const slug = `matrix-${randomUUID().slice(0, 8)}`;
      return { title: `Matrix ${slug}`, slug, category: "Testing", tagline: "A guide.", overview: "What it is." };
    },
  },
  "lib/guide-lifecycle/actions.ts#publishGuideAction": {
    expect: ADMIN_ONLY,
    input: async () => ({ guideId: (await createFixtureGuide({ status: "DRAFT" })).id }),
  },
  "lib/guide-lifecycle/actions.ts#unpublishGuideAction": {
    expect: ADMIN_ONLY,
    input: async () => ({ guideId: (await createFixtureGuide()).id }),
  },
  "lib/guide-lifecycle/actions.ts#archiveGuideAction": {
    expect: ADMIN_ONLY,
    input: async () => ({ guideId: (await createFixtureGuide()).id }),
  },
};
