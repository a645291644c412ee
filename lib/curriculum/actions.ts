"use server";

import { revalidatePath } from "next/cache";
import { success } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/safe-action";
import type { CurrentUser } from "@/lib/auth/session";
import { moveItem, removeItem, restoreItem } from "@/lib/curriculum/list-mutations";
import { saveItem, saveSubSkillWeights } from "@/lib/curriculum/mutations";
import { partOf } from "@/lib/curriculum/parts";
import {
  itemRefSchema,
  moveItemSchema,
  saveItemSchema,
  subSkillWeightsSchema,
  type SaveItemInput,
} from "@/lib/curriculum/schema";

/**
 * The curriculum editor's actions: admins only (the `roles` option refuses everyone else
 * before the input is even parsed). One save action serves every part (lib/curriculum/parts):
 * `part` names the description that validates and writes the rest of the input (create when it
 * has no id, update when it has one). Ordering, archive/delete and restore are shared by every
 * ordered part; the sub-skill weights are saved together. After a write the whole app is
 * revalidated: the curriculum shows on the public overview, the learner pages, the mentor
 * views and the editor itself.
 */

const ADMIN = ["ADMIN"] as const;
const actor = (user: CurrentUser) => ({ id: user.id, email: user.email });

/** "Topic" for a checklist item of the topics list: the noun of the section the input names. */
function nounOf(input: SaveItemInput) {
  const part = partOf(input.part);
  const section = part.sections?.find((s) => Object.entries(s.fixed).every(([name, value]) => input[name] === value));
  const singular = part.parent === "phase" ? section?.singular : undefined;
  return singular ? singular.charAt(0).toUpperCase() + singular.slice(1) : part.noun;
}

export const saveCurriculumItemAction = userAction({
  name: "curriculum.saveItem",
  schema: saveItemSchema,
  roles: ADMIN,
  handler: async (input, user) => {
    const result = await saveItem(actor(user), input as SaveItemInput);
    if (result.changed) revalidatePath("/", "layout");
    const noun = nounOf(input as SaveItemInput);
    const message = result.created ? `${noun} added.` : result.changed ? `${noun} saved.` : "Nothing changed.";
    return success({ id: result.id }, message);
  },
});

export const saveSubSkillWeightsAction = userAction({
  name: "curriculum.saveSubSkillWeights",
  schema: subSkillWeightsSchema,
  roles: ADMIN,
  handler: async (input, user) => {
    const { changed } = await saveSubSkillWeights(actor(user), input);
    if (changed > 0) revalidatePath("/", "layout");
    return success({ changed }, changed > 0 ? "Weights saved." : "Nothing changed.");
  },
});

export const moveCurriculumItemAction = userAction({
  name: "curriculum.moveItem",
  schema: moveItemSchema,
  roles: ADMIN,
  handler: async (input, user) => {
    const moved = await moveItem(actor(user), input);
    revalidatePath("/", "layout");
    return success(moved, `Moved “${moved.label}” to position ${moved.position + 1} of ${moved.count}.`);
  },
});

/** Archives the item when learner records (or other items) point to it, deletes it otherwise. */
export const removeCurriculumItemAction = userAction({
  name: "curriculum.removeItem",
  schema: itemRefSchema,
  roles: ADMIN,
  handler: async (input, user) => {
    const outcome = await removeItem(actor(user), input);
    revalidatePath("/", "layout");
    const message =
      outcome.kind === "archived"
        ? `Archived “${outcome.label}”. ${outcome.reason ?? ""}`.trim()
        : `Deleted “${outcome.label}”.`;
    return success({ kind: outcome.kind }, message);
  },
});

export const restoreCurriculumItemAction = userAction({
  name: "curriculum.restoreItem",
  schema: itemRefSchema,
  roles: ADMIN,
  handler: async (input, user) => {
    const { label } = await restoreItem(actor(user), input);
    revalidatePath("/", "layout");
    return success(undefined, `Restored “${label}”.`);
  },
});
