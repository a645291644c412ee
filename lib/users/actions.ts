"use server";

import { revalidatePath } from "next/cache";
import { success } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/safe-action";
import { assignMentor, changeRole, setUserActive, unassignMentor } from "./mutations";
import { ROLE_LABELS, changeRoleSchema, mentorAssignmentSchema, setUserActiveSchema } from "./schema";

/** Account administration: admins only (the wrapper refuses everyone else before validation). */

const ADMIN = ["ADMIN"] as const;

function revalidateUser(userId: string) {
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${userId}`);
  revalidatePath("/admin/audit");
}

export const changeRoleAction = userAction({
  name: "users.changeRole",
  roles: ADMIN,
  schema: changeRoleSchema,
  handler: async ({ userId, role }, user) => {
    const { changed } = await changeRole(user, userId, role);
    revalidateUser(userId);
    return success(
      undefined,
      changed ? `Role changed to ${ROLE_LABELS[role]}.` : `The role already was ${ROLE_LABELS[role]}.`,
    );
  },
});

export const setUserActiveAction = userAction({
  name: "users.setActive",
  roles: ADMIN,
  schema: setUserActiveSchema,
  handler: async ({ userId, active }, user) => {
    const { changed } = await setUserActive(user, userId, active);
    revalidateUser(userId);
    if (!changed)
      return success(undefined, active ? "The account already is active." : "The account already is deactivated.");
    return success(
      undefined,
      active ? "Account reactivated." : "Account deactivated: they are signed out on their next request.",
    );
  },
});

export const assignMentorAction = userAction({
  name: "users.assignMentor",
  roles: ADMIN,
  schema: mentorAssignmentSchema,
  handler: async (input, user) => {
    await assignMentor(user, input);
    revalidateUser(input.learnerId);
    revalidateUser(input.mentorId);
    revalidatePath("/mentor", "layout");
    return success(undefined, "Mentor assigned.");
  },
});

export const unassignMentorAction = userAction({
  name: "users.unassignMentor",
  roles: ADMIN,
  schema: mentorAssignmentSchema,
  handler: async (input, user) => {
    await unassignMentor(user, input);
    revalidateUser(input.learnerId);
    revalidateUser(input.mentorId);
    revalidatePath("/mentor", "layout");
    return success(undefined, "Mentor unassigned.");
  },
});
