import { assignMentor, createUserWithPassword } from "../../support/auth";
import { ADMIN_ONLY, type Rules } from "./rules";

/** Account administration (lib/users): admins only, on another user (the target learner). */
export const rules: Rules = {
  "lib/users/actions.ts#changeRoleAction": {
    expect: ADMIN_ONLY,
    input: ({ target }) => ({ userId: target.id, role: "MENTOR" }),
  },
  "lib/users/actions.ts#setUserActiveAction": {
    expect: ADMIN_ONLY,
    input: ({ target }) => ({ userId: target.id, active: false }),
  },
  "lib/users/actions.ts#assignMentorAction": {
    expect: ADMIN_ONLY,
    input: async ({ target }) => ({ mentorId: (await createUserWithPassword("MENTOR")).id, learnerId: target.id }),
  },
  "lib/users/actions.ts#unassignMentorAction": {
    expect: ADMIN_ONLY,
    input: async ({ target }) => {
      const mentor = await createUserWithPassword("MENTOR");
      await assignMentor(mentor.id, target.id);
      return { mentorId: mentor.id, learnerId: target.id };
    },
  },
};
