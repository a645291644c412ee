import { randomUUID } from "node:crypto";
import { createUserWithPassword } from "../../support/auth";
import { createTestCohort, createTestInvitation } from "../../support/cohorts";
import { ADMIN_ONLY, type Rules } from "./rules";

/** Cohorts (lib/cohorts and the CSV export): admins only. */

// The export only reads, so one cohort (with a member) serves every persona.
const exported = await createTestCohort({ learnerIds: [(await createUserWithPassword("LEARNER")).id] });

export const rules: Rules = {
  "lib/cohorts/actions.ts#createCohortAction": {
    expect: ADMIN_ONLY,
    input: () => ({ name: `Matrix ${randomUUID()}`, startDate: "2026-02-02" }),
  },
  "lib/cohorts/actions.ts#updateCohortAction": {
    expect: ADMIN_ONLY,
    input: async () => ({
      cohortId: (await createTestCohort()).id,
      name: `Renamed ${randomUUID()}`,
      startDate: "2026-03-02",
    }),
  },
  "lib/cohorts/actions.ts#addCohortMemberAction": {
    expect: ADMIN_ONLY,
    input: async ({ target }) => ({ cohortId: (await createTestCohort()).id, email: target.email }),
  },
  "lib/cohorts/actions.ts#removeCohortMemberAction": {
    expect: ADMIN_ONLY,
    input: async ({ target }) => ({
      cohortId: (await createTestCohort({ learnerIds: [target.id] })).id,
      learnerId: target.id,
    }),
  },
  "lib/cohorts/actions.ts#addCohortMentorAction": {
    expect: ADMIN_ONLY,
    input: async () => ({
      cohortId: (await createTestCohort()).id,
      email: (await createUserWithPassword("MENTOR")).email,
    }),
  },
  "lib/cohorts/actions.ts#removeCohortMentorAction": {
    expect: ADMIN_ONLY,
    input: async () => {
      const mentor = await createUserWithPassword("MENTOR");
      return { cohortId: (await createTestCohort({ mentorIds: [mentor.id] })).id, mentorId: mentor.id };
    },
  },
  // Three lines: the target learner (added), an address with no account (invited), garbage.
  "lib/cohorts/actions.ts#bulkAddMembersAction": {
    expect: ADMIN_ONLY,
    input: async ({ target }) => ({
      cohortId: (await createTestCohort()).id,
      list: `${target.email}\nnew-${randomUUID()}@test.skilltrail.dev\nnot an address`,
      invite: true,
    }),
  },
  "lib/cohorts/actions.ts#resendInvitationAction": {
    expect: ADMIN_ONLY,
    input: async () => ({ invitationId: (await createTestInvitation((await createTestCohort()).id)).invitation.id }),
  },
  "lib/cohorts/actions.ts#revokeInvitationAction": {
    expect: ADMIN_ONLY,
    input: async () => ({ invitationId: (await createTestInvitation((await createTestCohort()).id)).invitation.id }),
  },
  "app/api/admin/cohorts/[cohortId]/export/route.ts#GET": {
    expect: ADMIN_ONLY,
    request: () => new Request(`http://localhost/api/admin/cohorts/${exported.id}/export?sort=total&dir=desc`),
    params: { cohortId: exported.id },
  },
};
