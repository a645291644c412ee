import { z } from "zod";
import { idField, isoDateField, requiredText, searchParam } from "@/lib/validation/fields";

/** One zod schema per input, shared by the cohort forms, the URL parsing and the server actions. */

export const DUPLICATE_COHORT_MESSAGE = "A cohort with this name already exists.";
export const NO_ACCOUNT_MESSAGE = "No account uses that email address.";
export const MEMBER_ROLE_MESSAGE = "Only learners can be cohort members.";
export const COHORT_MENTOR_ROLE_MESSAGE = "Only mentors and admins can mentor a cohort.";
export const ALREADY_MEMBER_MESSAGE = "That learner is already in this cohort.";
export const ALREADY_COHORT_MENTOR_MESSAGE = "That mentor is already on this cohort.";
export const NOT_MEMBER_MESSAGE = "That person is no longer in this cohort.";
export const COHORT_NOT_FOUND_MESSAGE = "That cohort no longer exists.";

const cohortFields = {
  name: requiredText("Enter a name for the cohort.", 100),
  startDate: isoDateField("Enter the start date."),
};

export const createCohortSchema = z.object(cohortFields);
export const updateCohortSchema = z.object({ cohortId: idField("cohort"), ...cohortFields });

/** Adding someone by email: what an admin knows, and it needs no list of every account. */
export const cohortPersonSchema = z.object({
  cohortId: idField("cohort"),
  email: z
    .string({ error: "Enter an email address." })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }).max(254)),
});
export const removeCohortMemberSchema = z.object({ cohortId: idField("cohort"), learnerId: idField("learner") });
export const removeCohortMentorSchema = z.object({ cohortId: idField("cohort"), mentorId: idField("mentor") });

// ─── The progress table's URL: ?sort=<column>&dir=asc|desc ─────────────────

export const FIXED_SORT_COLUMNS = ["name", "total", "level", "pace", "last-activity", "open"] as const;
/** `phase:<key>` sorts by one phase's hours; anything unknown falls back to the name. */
export const cohortTableSchema = z.object({
  sort: searchParam
    .token(100, new RegExp(`^(${FIXED_SORT_COLUMNS.join("|")}|phase:[a-z0-9]+(?:-[a-z0-9]+)*)$`))
    .transform((sort) => sort ?? "name"),
  dir: searchParam.choice(["asc", "desc"]).transform((dir) => dir ?? "asc"),
});
export type CohortTableParams = z.output<typeof cohortTableSchema>;
