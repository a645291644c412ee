import { z } from "zod";
import { booleanField, idField, searchParam } from "@/lib/validation/fields";

/** One zod schema per input, shared by the admin forms, the URL parsing and the server actions. */

export const ROLES = ["LEARNER", "MENTOR", "ADMIN"] as const;
export const ROLE_LABELS: Record<(typeof ROLES)[number], string> = {
  LEARNER: "Learner",
  MENTOR: "Mentor",
  ADMIN: "Admin",
};
export const USERS_PAGE_SIZE = 20;

export const LAST_ADMIN_MESSAGE = "At least one active admin must remain";
export const SELF_CHANGE_MESSAGE = "You can't change your own role or deactivate yourself here. Ask another admin.";
export const MENTOR_ROLE_MESSAGE = "Only mentors and admins can be assigned as mentors.";
export const SELF_MENTOR_MESSAGE = "A learner cannot mentor themself.";
export const ALREADY_ASSIGNED_MESSAGE = "That mentor is already assigned to this learner.";
export const NOT_ASSIGNED_MESSAGE = "That mentor is not assigned to this learner.";

/** /admin/users?q=&role=&page= — validated so a hand-edited URL can't break the page. */
export const userSearchSchema = z.object({
  q: searchParam.text(100),
  role: searchParam.choice(ROLES),
  page: searchParam.page(),
});
export type UserSearch = z.output<typeof userSearchSchema>;

export const changeRoleSchema = z.object({
  userId: idField("user"),
  role: z.enum(ROLES, { error: "Choose a role: learner, mentor or admin." }),
});

/** `active` arrives as "true"/"false" from a form, or a boolean from code. */
export const setUserActiveSchema = z.object({
  userId: idField("user"),
  active: booleanField("Say whether the account is active."),
});

export const mentorAssignmentSchema = z.object({
  mentorId: idField("mentor"),
  learnerId: idField("learner"),
});
