"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { success } from "@/lib/actions/result";
import { afterResponse } from "@/lib/actions/after-response";
import { userAction } from "@/lib/actions/safe-action";
import type { CurrentUser } from "@/lib/auth/session";
import { sendCohortInvitationEmail } from "@/lib/mail";
import { bulkAddMembers } from "./bulk-add";
import { reportSummary, type BulkReportLine } from "./bulk-report";
import { resendInvitation, revokeInvitation, type InvitationMail } from "./invitations";
import {
  addCohortMember,
  addCohortMentor,
  createCohort,
  removeCohortMember,
  removeCohortMentor,
  updateCohort,
} from "./mutations";
import {
  bulkAddMembersSchema,
  invitationSchema,
  cohortPersonSchema,
  createCohortSchema,
  removeCohortMemberSchema,
  removeCohortMentorSchema,
  updateCohortSchema,
} from "./schema";

/** Cohort administration: admins only (the wrapper refuses everyone else before validation). */

const ADMIN = ["ADMIN"] as const;

function revalidateCohort(cohortId?: string) {
  revalidatePath("/admin/cohorts");
  if (cohortId) revalidatePath(`/admin/cohorts/${cohortId}`);
  revalidatePath("/admin/audit");
}

export const createCohortAction = userAction({
  name: "cohorts.create",
  roles: ADMIN,
  schema: createCohortSchema,
  handler: async (input, user) => {
    const cohort = await createCohort(user, input);
    revalidateCohort();
    return success(cohort, `Cohort “${input.name}” created.`);
  },
});

export const updateCohortAction = userAction({
  name: "cohorts.update",
  roles: ADMIN,
  schema: updateCohortSchema,
  handler: async (input, user) => {
    const { changed } = await updateCohort(user, input);
    revalidateCohort(input.cohortId);
    return success(undefined, changed ? "Cohort saved." : "Nothing to change.");
  },
});

/**
 * Adding or removing a cohort's learner or mentor: the same admin action around a different
 * mutation and message, so the four are built from one definition.
 */
function cohortPeopleAction<I extends { cohortId: string }>(
  name: string,
  schema: z.ZodType<I>,
  mutate: (actor: CurrentUser, input: I) => Promise<unknown>,
  message: (input: I) => string,
) {
  return userAction({
    name: `cohorts.${name}`,
    roles: ADMIN,
    schema,
    handler: async (input, user) => {
      await mutate(user, input);
      revalidateCohort(input.cohortId);
      return success(undefined, message(input));
    },
  });
}

export const addCohortMemberAction = cohortPeopleAction(
  "addMember",
  cohortPersonSchema,
  addCohortMember,
  (input) => `${input.email} added to the cohort.`,
);

export const removeCohortMemberAction = cohortPeopleAction(
  "removeMember",
  removeCohortMemberSchema,
  removeCohortMember,
  () => "Learner removed from the cohort.",
);

export const addCohortMentorAction = cohortPeopleAction(
  "addMentor",
  cohortPersonSchema,
  addCohortMentor,
  (input) => `${input.email} now mentors the cohort.`,
);

export const removeCohortMentorAction = cohortPeopleAction(
  "removeMentor",
  removeCohortMentorSchema,
  removeCohortMentor,
  () => "Mentor removed from the cohort.",
);

/** Invitation mails go out after the response (and after the commit): sending is slow and may fail alone. */
async function sendInvitations(mails: readonly InvitationMail[]) {
  await afterResponse(async () => {
    for (const mail of mails) {
      try {
        await sendCohortInvitationEmail(mail);
      } catch (error) {
        console.error(`[cohorts] the invitation to ${mail.to} could not be sent`, error);
      }
    }
  });
}

/**
 * Many learners at once, from pasted text or a CSV file's text: each entry is added, invited
 * or reported with its reason, and the per-line report comes back for the form to show.
 */
export const bulkAddMembersAction = userAction({
  name: "cohorts.bulkAddMembers",
  roles: ADMIN,
  schema: bulkAddMembersSchema,
  handler: async (input, user) => {
    const { report, mails } = await bulkAddMembers(user, input);
    await sendInvitations(mails);
    revalidateCohort(input.cohortId);
    return success<{ report: BulkReportLine[] }>({ report }, reportSummary(report));
  },
});

export const resendInvitationAction = userAction({
  name: "cohorts.resendInvitation",
  roles: ADMIN,
  schema: invitationSchema,
  handler: async (input, user) => {
    const { cohortId, mail } = await resendInvitation(user, input.invitationId);
    await sendInvitations([mail]);
    revalidateCohort(cohortId);
    return success(undefined, `Invitation sent again to ${mail.to}. The earlier link no longer works.`);
  },
});

export const revokeInvitationAction = userAction({
  name: "cohorts.revokeInvitation",
  roles: ADMIN,
  schema: invitationSchema,
  handler: async (input, user) => {
    const { cohortId } = await revokeInvitation(user, input.invitationId);
    revalidateCohort(cohortId);
    return success(undefined, "Invitation revoked: its link no longer works.");
  },
});
