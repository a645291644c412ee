"use server";

import { revalidatePath } from "next/cache";
import { success } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/safe-action";
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

export const addCohortMemberAction = userAction({
  name: "cohorts.addMember",
  roles: ADMIN,
  schema: cohortPersonSchema,
  handler: async (input, user) => {
    await addCohortMember(user, input);
    revalidateCohort(input.cohortId);
    return success(undefined, `${input.email} added to the cohort.`);
  },
});

export const removeCohortMemberAction = userAction({
  name: "cohorts.removeMember",
  roles: ADMIN,
  schema: removeCohortMemberSchema,
  handler: async (input, user) => {
    await removeCohortMember(user, input);
    revalidateCohort(input.cohortId);
    return success(undefined, "Learner removed from the cohort.");
  },
});

export const addCohortMentorAction = userAction({
  name: "cohorts.addMentor",
  roles: ADMIN,
  schema: cohortPersonSchema,
  handler: async (input, user) => {
    await addCohortMentor(user, input);
    revalidateCohort(input.cohortId);
    return success(undefined, `${input.email} now mentors the cohort.`);
  },
});

export const removeCohortMentorAction = userAction({
  name: "cohorts.removeMentor",
  roles: ADMIN,
  schema: removeCohortMentorSchema,
  handler: async (input, user) => {
    await removeCohortMentor(user, input);
    revalidateCohort(input.cohortId);
    return success(undefined, "Mentor removed from the cohort.");
  },
});
