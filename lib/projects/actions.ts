"use server";

import { revalidatePath } from "next/cache";
import { success } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/safe-action";
import { dropProject, pickProject, updateProjectProgress } from "@/lib/projects/mutations";
import { PROJECT_STATUS_LABELS } from "@/lib/projects/rules";
import { dropProjectSchema, pickProjectSchema, updateProjectProgressSchema } from "@/lib/projects/schema";

/**
 * A learner's own portfolio projects. Progress rows are found by id AND the caller
 * (`where: { id, learnerId: user.id }`), so another learner's id is "not found". Approval is
 * a reviewer's action (lib/reviews), never one of these.
 */

function revalidatePortfolio() {
  revalidatePath("/projects");
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

export const updateProjectProgressAction = userAction({
  name: "portfolio.updateProgress",
  schema: updateProjectProgressSchema,
  roles: ["LEARNER"],
  handler: async (input, user) => {
    const result = await updateProjectProgress(user.id, input);
    revalidatePortfolio();
    return success(result, `Saved: ${PROJECT_STATUS_LABELS[result.status].toLowerCase()}.`);
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
