import { z } from "zod";
import { booleanField, idField, isoDateField, optionalText, requiredText, searchParam } from "@/lib/validation/fields";
import { MEMBER_LIST_MAX_CHARACTERS } from "./bulk-report";
import { parseMemberList } from "./member-list";

/** One zod schema per input, shared by the cohort forms, the URL parsing and the server actions. */

export const DUPLICATE_COHORT_MESSAGE = "A cohort with this name already exists.";
export const NO_ACCOUNT_MESSAGE = "No account uses that email address.";
export const MEMBER_ROLE_MESSAGE = "Only learners can be cohort members.";
export const COHORT_MENTOR_ROLE_MESSAGE = "Only mentors and admins can mentor a cohort.";
export const ALREADY_MEMBER_MESSAGE = "That learner is already in this cohort.";
export const ALREADY_COHORT_MENTOR_MESSAGE = "That mentor is already on this cohort.";
export const NOT_MEMBER_MESSAGE = "That person is no longer in this cohort.";
export const COHORT_GUIDE_MESSAGE = "Choose a guide that is not archived.";
export const COHORT_NOT_FOUND_MESSAGE = "That cohort no longer exists.";
export const INVITATION_GONE_MESSAGE = "That invitation was already accepted or revoked. Reload the page.";

const cohortFields = {
  name: requiredText("Enter a name for the cohort.", 100),
  startDate: isoDateField("Enter the start date."),
};

/** The cohort's guide: optional, the default guide when left out (the form always sends one). */
export const createCohortSchema = z.object({
  ...cohortFields,
  guideId: optionalText(100, "Choose a guide.", { nullable: true }),
});
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
/**
 * Many learners at once: the pasted text, or a file's text (the form reads the file into the
 * same box). Parsed here, so the action gets one entry per address with its line; `invite`
 * says whether an address with no account gets an invitation.
 */
export const MEMBER_LIST_REQUIRED_MESSAGE = "Paste email addresses, one per line, or choose a CSV file.";
export const bulkAddMembersSchema = z.object({
  cohortId: idField("cohort"),
  list: z
    .string({ error: MEMBER_LIST_REQUIRED_MESSAGE })
    .max(MEMBER_LIST_MAX_CHARACTERS, {
      error: `The list is longer than ${MEMBER_LIST_MAX_CHARACTERS.toLocaleString("en-US")} characters. Split it and send the rest next.`,
    })
    .refine((text) => text.trim() !== "", { error: MEMBER_LIST_REQUIRED_MESSAGE, abort: true })
    .transform((text, context) => {
      const parsed = parseMemberList(text);
      if (parsed.ok) return parsed.entries;
      context.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }),
  // An unticked checkbox sends nothing: no invitations then.
  invite: z.preprocess(
    (value) => (value === undefined ? false : value),
    booleanField("Choose whether to invite people who have no account."),
  ),
});
export type BulkAddMembersInput = z.output<typeof bulkAddMembersSchema>;

export const invitationSchema = z.object({ invitationId: idField("invitation", INVITATION_GONE_MESSAGE) });

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
