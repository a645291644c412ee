import { learnerGuide } from "@/lib/guides/enrollment";
import { testDb } from "../../support/db";
import { LEARNERS_ONLY, self, type CallContext, type Rules } from "./rules";

/**
 * Checklist actions take a curriculum item id, never a learner id: the progress row is always
 * (caller, item), so "learner-other" ticks their own checklist. Mentors and admins don't keep
 * a checklist. tests/integration/checklists.test.ts covers foreign and unknown ids.
 */
async function activeItemId(context: CallContext) {
  const { guideId } = await learnerGuide(self(context).id);
  const item = await testDb().checklistItem.findFirstOrThrow({
    where: { archivedAt: null, phase: { guideId, archivedAt: null } },
    select: { id: true },
  });
  return item.id;
}

async function activeResourceId(context: CallContext) {
  const { guideId } = await learnerGuide(self(context).id);
  const resource = await testDb().resource.findFirstOrThrow({
    where: { archivedAt: null, item: { archivedAt: null, phase: { guideId, archivedAt: null } } },
    select: { id: true },
  });
  return resource.id;
}

export const rules: Rules = {
  "lib/phases/actions.ts#toggleChecklistItemAction": {
    expect: LEARNERS_ONLY,
    input: async (context) => ({ itemId: await activeItemId(context), completed: true }),
  },
  "lib/phases/actions.ts#saveChecklistNoteAction": {
    expect: LEARNERS_ONLY,
    input: async (context) => ({ itemId: await activeItemId(context), note: "Revisit the Docker layer caching." }),
  },
  // Like a checklist tick: the progress row is (caller, resource), so a resource id reaches no one else's record.
  "lib/phases/actions.ts#markResourceDoneAction": {
    expect: LEARNERS_ONLY,
    input: async (context) => ({ resourceId: await activeResourceId(context), done: true }),
  },
};
