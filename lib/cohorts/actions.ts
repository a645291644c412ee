"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { success } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/safe-action";
import type { CurrentUser } from "@/lib/auth/session";
import {
  addCohortMember,
  addCohortMentor,
  createCohort,
  removeCohortMember,
  removeCohortMentor,
  updateCohort,
} from "./mutations";
import {
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
