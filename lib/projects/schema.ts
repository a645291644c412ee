import { z } from "zod";
import { ONLY_REVIEWERS_APPROVE_MESSAGE, LEARNER_PROJECT_STATUSES } from "@/lib/projects/rules";
import { idField, optionalHttpUrl } from "@/lib/validation/fields";

/** One zod schema per input, shared by the project forms and the server actions. */

export const pickProjectSchema = z.object({ projectId: idField("project") });
export type PickProjectInput = z.infer<typeof pickProjectSchema>;

export const REPO_REQUIRED_MESSAGE = "Add the repository link before marking the project submitted.";
export const STATUS_CHOICE_MESSAGE = "Choose planned, in progress or submitted.";

export const updateProjectProgressSchema = z
  .object({
    progressId: idField("project"),
    status: z.enum(LEARNER_PROJECT_STATUSES, {
      // APPROVED is a reviewer's decision: say so rather than "invalid option".
      error: (issue) => (issue.input === "APPROVED" ? ONLY_REVIEWERS_APPROVE_MESSAGE : STATUS_CHOICE_MESSAGE),
    }),
    repoUrl: optionalHttpUrl(),
  })
  .refine((input) => input.status !== "SUBMITTED" || input.repoUrl !== null, {
    path: ["repoUrl"],
    error: REPO_REQUIRED_MESSAGE,
  });
export type UpdateProjectProgressInput = z.infer<typeof updateProjectProgressSchema>;

export const dropProjectSchema = z.object({ progressId: idField("project") });
export type DropProjectInput = z.infer<typeof dropProjectSchema>;
