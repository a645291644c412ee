import { CURRICULUM_PARTS } from "@/lib/curriculum/parts";
import { createFaq, sharedFixtureGuide } from "../../support/curriculum";
import { validPartInput } from "../../support/curriculum-parts";
import { testDb } from "../../support/db";
import { ADMIN_ONLY, type Rules } from "./rules";

/**
 * The curriculum editor (lib/curriculum): admins only. Every input acts on a private
 * copy of the guide (tests/support/curriculum.ts), never on the shared seeded one. The save
 * action's rules come from the part registry, one per part (tests/support/curriculum-parts.ts).
 */
const file = "lib/curriculum/actions.ts";
const guide = () => sharedFixtureGuide();

export const rules: Rules = {
  // One rule per part of the registry: every part's save is for admins only.
  ...Object.fromEntries(
    CURRICULUM_PARTS.map((part) => [
      `${file}#saveCurriculumItemAction:${part.key}`,
      { expect: ADMIN_ONLY, input: () => validPartInput(part) },
    ]),
  ),
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
