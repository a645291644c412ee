import { z } from "zod";
import { DESCRIPTION_MAX_LENGTH, DESCRIPTION_TOO_LONG_MESSAGE } from "@/lib/deliverables/schema";
import { LEARNER_PROJECT_STATUSES, ONLY_REVIEWERS_APPROVE_MESSAGE } from "@/lib/projects/rules";
import { idField, optionalHttpUrl, optionalText, requiredText } from "@/lib/validation/fields";

/** One zod schema per input, shared by the project forms and the server actions. */

export const pickProjectSchema = z.object({ projectId: idField("project") });
export type PickProjectInput = z.infer<typeof pickProjectSchema>;

export const REPO_REQUIRED_MESSAGE = "Add the repository link before submitting the project for review.";
export const DESCRIPTION_REQUIRED_FOR_REVIEW_MESSAGE = "Describe what you built and how to check it before submitting.";
export const STATUS_CHOICE_MESSAGE = "Choose planned or in progress.";
export const SUBMIT_THROUGH_REVIEW_MESSAGE =
  "Use “Submit for review”: a reviewer then approves it or asks for changes.";
export const TITLE_REQUIRED_MESSAGE = "Give your project a title.";
export const TITLE_MAX_LENGTH = 200;
export const STACK_REQUIRED_MESSAGE = "List at least one tool or technology, one per line.";
export const STACK_MAX_ENTRIES = 20;
export const STACK_ENTRY_MAX_LENGTH = 100;
export const SUB_SKILLS_REQUIRED_MESSAGE = "Choose at least one sub-skill this project shows.";
export const SUB_SKILLS_MAX = 20;

const status = z.enum(LEARNER_PROJECT_STATUSES, {
  // APPROVED is a reviewer's decision and SUBMITTED goes through a review: say so rather than "invalid option".
  error: (issue) =>
    issue.input === "APPROVED"
      ? ONLY_REVIEWERS_APPROVE_MESSAGE
      : issue.input === "SUBMITTED"
        ? SUBMIT_THROUGH_REVIEW_MESSAGE
        : STATUS_CHOICE_MESSAGE,
});

/** Markdown notes: empty is allowed while the project is planned (required only to submit it). */
const description = optionalText(DESCRIPTION_MAX_LENGTH, DESCRIPTION_TOO_LONG_MESSAGE, { nullable: true });

const asList = (value: unknown) =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

/** The stack as the form sends it (a textarea, one tool per line) or as a list. */
const stack = z.preprocess(
  (value) =>
    typeof value === "string"
      ? value
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean)
      : asList(value),
  z
    .array(
      z
        .string({ error: STACK_REQUIRED_MESSAGE })
        .trim()
        .min(1, { error: STACK_REQUIRED_MESSAGE })
        .max(STACK_ENTRY_MAX_LENGTH, { error: `Keep each tool under ${STACK_ENTRY_MAX_LENGTH} characters.` }),
    )
    .min(1, { error: STACK_REQUIRED_MESSAGE })
    .max(STACK_MAX_ENTRIES, { error: `List at most ${STACK_MAX_ENTRIES} tools.` }),
);

/** Ticked sub-skills (checkboxes: one value, or several). Checked against the guide on write. */
const subSkillIds = z.preprocess(
  asList,
  z
    .array(idField("sub-skill", SUB_SKILLS_REQUIRED_MESSAGE))
    .min(1, { error: SUB_SKILLS_REQUIRED_MESSAGE })
    .max(SUB_SKILLS_MAX, { error: `Choose at most ${SUB_SKILLS_MAX} sub-skills.` }),
);

/** The learner's own project: everything a reviewer reads besides its versions. */
const ownProjectFields = {
  title: requiredText(TITLE_REQUIRED_MESSAGE, TITLE_MAX_LENGTH),
  description,
  repoUrl: optionalHttpUrl(),
  demoUrl: optionalHttpUrl(),
  stack,
  subSkillIds,
};

export const addOwnProjectSchema = z.object(ownProjectFields);
export type AddOwnProjectInput = z.infer<typeof addOwnProjectSchema>;

export const editOwnProjectSchema = z.object({ progressId: idField("project"), status, ...ownProjectFields });
export type EditOwnProjectInput = z.infer<typeof editOwnProjectSchema>;

/**
 * A guide idea's progress: status and links, and optionally notes on what was built (absent
 * leaves them as they are). Submitting goes through `submitProjectSchema`.
 */
export const updateProjectProgressSchema = z.object({
  progressId: idField("project"),
  status,
  repoUrl: optionalHttpUrl(),
  demoUrl: optionalHttpUrl().optional(),
  description: description.optional(),
});
export type UpdateProjectProgressInput = z.infer<typeof updateProjectProgressSchema>;

/** Sends the project as saved to review: a new version of its submission. */
export const submitProjectSchema = z.object({ progressId: idField("project") });
export type SubmitProjectInput = z.infer<typeof submitProjectSchema>;

export const dropProjectSchema = z.object({ progressId: idField("project") });
export type DropProjectInput = z.infer<typeof dropProjectSchema>;
