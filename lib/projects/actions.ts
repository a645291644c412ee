"use server";

import { revalidatePath } from "next/cache";
import { success } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/safe-action";
import {
  addOwnProject,
  dropProject,
  editOwnProject,
  pickProject,
  submitProject,
  updateProjectProgress,
} from "@/lib/projects/mutations";
import { PROJECT_STATUS_LABELS } from "@/lib/projects/rules";
import {
  addOwnProjectSchema,
  dropProjectSchema,
  editOwnProjectSchema,
  pickProjectSchema,
  submitProjectSchema,
  updateProjectProgressSchema,
} from "@/lib/projects/schema";

/**
 * A learner's own portfolio projects. Progress rows are found by id AND the caller
 * (`where: { id, learnerId: user.id }`), so another learner's id is "not found". Submitting
 * creates a review submission (the deliverables' workflow); approving is a reviewer's
 * decision (lib/reviews), never one of these.
 */

function revalidatePortfolio(progressId?: string) {
  revalidatePath("/projects");
  if (progressId) revalidatePath(`/projects/${progressId}`);
  revalidatePath("/dashboard");
}

export const pickProjectAction = userAction({
  name: "portfolio.pick",
  schema: pickProjectSchema,
  roles: ["LEARNER"],
  handler: async (input, user) => {
    const progress = await pickProject(user.id, input);
    revalidatePortfolio();
    return success({ progressId: progress.id }, "Added to your projects as planned.");
  },
});

export const addOwnProjectAction = userAction({
  name: "portfolio.addOwn",
  schema: addOwnProjectSchema,
  roles: ["LEARNER"],
  handler: async (input, user) => {
    const progress = await addOwnProject(user.id, input);
    revalidatePortfolio();
    return success({ progressId: progress.id }, "Project added to your list as planned.");
  },
});

export const editOwnProjectAction = userAction({
  name: "portfolio.editOwn",
  schema: editOwnProjectSchema,
  roles: ["LEARNER"],
  handler: async (input, user) => {
    const result = await editOwnProject(user.id, input);
    revalidatePortfolio(input.progressId);
    return success(result, `Saved: ${PROJECT_STATUS_LABELS[result.status].toLowerCase()}.`);
  },
});

export const updateProjectProgressAction = userAction({
  name: "portfolio.updateProgress",
  schema: updateProjectProgressSchema,
  roles: ["LEARNER"],
  handler: async (input, user) => {
    const result = await updateProjectProgress(user.id, input);
    revalidatePortfolio(input.progressId);
    return success(result, `Saved: ${PROJECT_STATUS_LABELS[result.status].toLowerCase()}.`);
  },
});

export const submitProjectAction = userAction({
  name: "portfolio.submit",
  schema: submitProjectSchema,
  roles: ["LEARNER"],
  handler: async (input, user) => {
    const written = await submitProject(user.id, input);
    revalidatePortfolio(input.progressId);
    revalidatePath("/mentor/reviews");
    return success({ version: written.version }, `Version ${written.version} submitted for review.`);
  },
});

export const dropProjectAction = userAction({
  name: "portfolio.drop",
  schema: dropProjectSchema,
  roles: ["LEARNER"],
  handler: async (input, user) => {
    await dropProject(user.id, input);
    revalidatePortfolio();
    return success(undefined, "Removed from your projects.");
  },
});
