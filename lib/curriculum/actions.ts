"use server";

import { revalidatePath } from "next/cache";
import { success } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/safe-action";
import type { CurrentUser } from "@/lib/auth/session";
import {
  upsertFaq,
  upsertProject,
  upsertQuizQuestion,
  upsertRedFlag,
  upsertSelfCheck,
  upsertTextItem,
  upsertUseCase,
} from "@/lib/curriculum/content-mutations";
import { moveItem, removeItem, restoreItem } from "@/lib/curriculum/list-mutations";
import {
  saveSubSkillWeights,
  updateGuideSettings,
  updateLevel,
  upsertChecklistItem,
  upsertDeliverable,
  upsertPhase,
  upsertSubSkill,
  type SaveResult,
} from "@/lib/curriculum/mutations";
import {
  checklistItemSchema,
  deliverableSchema,
  faqSchema,
  guideSettingsSchema,
  itemRefSchema,
  levelSchema,
  moveItemSchema,
  phaseSchema,
  projectSchema,
  quizQuestionSchema,
  redFlagSchema,
  selfCheckSchema,
  subSkillSchema,
  subSkillWeightsSchema,
  textItemSchema,
  useCaseSchema,
} from "@/lib/curriculum/schema";

/**
 * The curriculum editor's actions: admins only (the `roles` option refuses everyone else
 * before the input is even parsed). Each item kind has one save action (create when the input
 * has no id, update when it has one); ordering, archive/delete and restore are shared by every
 * kind. After a write the whole app is revalidated: the curriculum shows on the public overview,
 * the learner pages, the mentor views and the editor itself.
 */

const ADMIN = ["ADMIN"] as const;
const actor = (user: CurrentUser) => ({ id: user.id, email: user.email });

function saved(noun: string, result: SaveResult) {
  if (result.changed) revalidatePath("/", "layout");
  const message = result.created ? `${noun} added.` : result.changed ? `${noun} saved.` : "Nothing changed.";
  return success({ id: result.id }, message);
}

export const updateGuideSettingsAction = userAction({
  name: "curriculumAdmin.updateGuideSettings",
  schema: guideSettingsSchema,
  roles: ADMIN,
  handler: async (input, user) => saved("Settings", await updateGuideSettings(actor(user), input)),
});

export const upsertPhaseAction = userAction({
  name: "curriculumAdmin.upsertPhase",
  schema: phaseSchema,
  roles: ADMIN,
  handler: async (input, user) => saved("Phase", await upsertPhase(actor(user), input)),
});

export const upsertChecklistItemAction = userAction({
  name: "curriculumAdmin.upsertChecklistItem",
  schema: checklistItemSchema,
  roles: ADMIN,
  handler: async (input, user) =>
    saved(input.kind === "TOPIC" ? "Topic" : "Action", await upsertChecklistItem(actor(user), input)),
});

export const upsertDeliverableAction = userAction({
  name: "curriculumAdmin.upsertDeliverable",
  schema: deliverableSchema,
  roles: ADMIN,
  handler: async (input, user) => saved("Deliverable", await upsertDeliverable(actor(user), input)),
});

export const upsertSubSkillAction = userAction({
  name: "curriculumAdmin.upsertSubSkill",
  schema: subSkillSchema,
  roles: ADMIN,
  handler: async (input, user) => saved("Sub-skill", await upsertSubSkill(actor(user), input)),
});

export const saveSubSkillWeightsAction = userAction({
  name: "curriculumAdmin.saveSubSkillWeights",
  schema: subSkillWeightsSchema,
  roles: ADMIN,
  handler: async (input, user) => {
    const { changed } = await saveSubSkillWeights(actor(user), input);
    if (changed > 0) revalidatePath("/", "layout");
    return success({ changed }, changed > 0 ? "Weights saved." : "Nothing changed.");
  },
});

export const updateLevelAction = userAction({
  name: "curriculumAdmin.updateLevel",
  schema: levelSchema,
  roles: ADMIN,
  handler: async (input, user) => saved("Level", await updateLevel(actor(user), input)),
});

export const upsertQuizQuestionAction = userAction({
  name: "curriculumAdmin.upsertQuizQuestion",
  schema: quizQuestionSchema,
  roles: ADMIN,
  handler: async (input, user) => saved("Question", await upsertQuizQuestion(actor(user), input)),
});

export const upsertSelfCheckAction = userAction({
  name: "curriculumAdmin.upsertSelfCheck",
  schema: selfCheckSchema,
  roles: ADMIN,
  handler: async (input, user) => saved("Self-check question", await upsertSelfCheck(actor(user), input)),
});

export const upsertProjectAction = userAction({
  name: "curriculumAdmin.upsertProject",
  schema: projectSchema,
  roles: ADMIN,
  handler: async (input, user) => saved("Project", await upsertProject(actor(user), input)),
});

export const upsertUseCaseAction = userAction({
  name: "curriculumAdmin.upsertUseCase",
  schema: useCaseSchema,
  roles: ADMIN,
  handler: async (input, user) => saved("Use case", await upsertUseCase(actor(user), input)),
});

export const upsertRedFlagAction = userAction({
  name: "curriculumAdmin.upsertRedFlag",
  schema: redFlagSchema,
  roles: ADMIN,
  handler: async (input, user) => saved("Red flag", await upsertRedFlag(actor(user), input)),
});

export const upsertFaqAction = userAction({
  name: "curriculumAdmin.upsertFaq",
  schema: faqSchema,
  roles: ADMIN,
  handler: async (input, user) => saved("FAQ entry", await upsertFaq(actor(user), input)),
});

export const upsertTextItemAction = userAction({
  name: "curriculumAdmin.upsertTextItem",
  schema: textItemSchema,
  roles: ADMIN,
  handler: async (input, user) => saved("Text", await upsertTextItem(actor(user), input)),
});

export const moveCurriculumItemAction = userAction({
  name: "curriculumAdmin.moveItem",
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
  name: "curriculumAdmin.removeItem",
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
  name: "curriculumAdmin.restoreItem",
  schema: itemRefSchema,
  roles: ADMIN,
  handler: async (input, user) => {
    const { label } = await restoreItem(actor(user), input);
    revalidatePath("/", "layout");
    return success(undefined, `Restored “${label}”.`);
  },
});
