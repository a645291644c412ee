import { parentColumn, CURRICULUM_PARTS } from "@/lib/curriculum/parts";
import type { PartDescription } from "@/lib/curriculum/parts/types";
import type { CallContext } from "../authz/rules";
import { foreignPartValues } from "../../support/curriculum-parts";
import { seededGuide } from "../../support/db";
import {
  bool,
  choice,
  csv,
  date,
  duration,
  email,
  hint,
  int,
  key,
  lines,
  memberList,
  newPassword,
  optionalRef,
  optionalText,
  record,
  ref,
  refList,
  secret,
  splitCorrections,
  text,
  textList,
  upload,
  url,
  weights,
  HOSTILE_TEXT,
  type FieldSpec,
} from "./hostile";

/**
 * What each server action's fields are, for the bad-input suite (actions.test.ts). The valid
 * input each action starts from is its authorization rule's (tests/integration/authz/*.rules.ts),
 * called as a persona the rule allows; every field of it needs a kind here, and every action
 * needs an entry, or the suite fails. Route handlers are in routes.test.ts.
 */
export type ActionSpec = {
  fields: Record<string, FieldSpec>;
  /** Optional fields the rule's valid input leaves out, so they are covered too. */
  with?: (context: CallContext) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /**
   * Ids of something the caller may not act on through this input, beyond the automatic one
   * (the same field from another caller's valid input): for admins, another guide's items.
   */
  foreign?: () => Promise<Record<string, unknown>>;
  /** The action takes no input: a junk form is no reason to refuse (the junk is ignored). */
  noInput?: boolean;
  /**
   * Tables a refused call may write by design: a wrong current password is a guess, counted by
   * the rate limit (SignInAttempt) and logged for the admins (AuditLog). Nothing else may change.
   */
  records?: readonly string[];
};

/**
 * A decision's rubric scores (levels 1..4): a level out of range is refused on its criterion's
 * field (rubric-<id>); a criterion not in the rubric, with the form's message.
 */
const rubricScores = record(1, 4, { errorKeys: ["rubric-*", ""] });

/** A learner's own portfolio project: the stack is one tool per line, sub-skills at least one. */
const ownProjectFields = () => ({
  title: text(),
  description: optionalText(),
  repoUrl: url(),
  demoUrl: url(),
  stack: lines(),
  subSkillIds: refList(),
});
const seeded = async () => (await seededGuide()).subSkills[0]!.id;
/** One duration field, as people type it ("1h 30m", "1:30", "1.5"), errors under `duration`. */
const hoursFields = () => ({
  date: date({ past: true }),
  duration: duration(),
  phaseId: ref(),
  subSkillId: optionalRef({ overrides: { blank: "accept" } }),
  note: optionalText(),
});
/** The timer's phase, sub-skill and note: all optional (a phase left empty at stop keeps the start's). */
const timerFields = () => ({
  phaseId: optionalRef({ overrides: { blank: "accept" } }),
  subSkillId: optionalRef({ overrides: { blank: "accept" } }),
  note: optionalText(),
});
const hoursExtras = async () => ({ subSkillId: await seeded(), note: "Read about model serving." });
const submission = {
  deliverableId: ref(),
  repoUrl: url(),
  demoUrl: url(),
  docUrl: url(),
  description: text(),
};
const admin = "lib/curriculum/actions.ts";
const upsertId = optionalRef({ overrides: { blank: "either" } });

/** A curriculum part's input, field by field, from its description (lib/curriculum/parts). */
function partFields(part: PartDescription): Record<string, FieldSpec> {
  const fields: Record<string, FieldSpec> = { part: choice(), id: part.list === "ordered" ? upsertId : ref() };
  const parent = parentColumn(part);
  if (parent) fields[parent] = ref();
  const options = part.fields.find((f) => f.input === "options");
  for (const field of part.fields) {
    fields[field.name] = (() => {
      switch (field.input) {
        case "text":
        case "textarea":
          return text();
        case "lines":
          return lines();
        case "number":
          return int(field.min, field.max);
        case "choice":
          return choice();
        case "subSkill":
          return ref();
        case "url":
          // Required, unlike a submission's links: blank is refused.
          return url({ overrides: { missing: "reject", null: "reject", empty: "reject", blank: "reject" } });
        case "subSkills":
          // An optional list (a text item's): none at all is a valid choice.
          return field.optional
            ? refList({ overrides: { missing: "accept", null: "accept", empty: "accept", "empty list": "accept" } })
            : refList();
        case "options":
          return textList();
        case "correctOption":
          // The valid input has the fewest options the part allows.
          return int(0, options && "min" in options ? options.min - 1 : 1);
      }
    })();
  }
  return fields;
}

export const ACTION_SPECS: Record<string, ActionSpec> = {
  // ─── Accounts ────────────────────────────────────────────────────────────
  "lib/account/actions.ts#signUpAction": {
    fields: { name: text(), email: email(), password: newPassword(false), timeZone: hint() },
  },
  "lib/account/actions.ts#setBrowserTimeZoneAction": { fields: { timeZone: choice() } },
  "lib/account/actions.ts#requestPasswordResetAction": { fields: { email: email() } },
  "lib/account/actions.ts#resetPasswordAction": {
    fields: {
      token: secret(),
      password: newPassword(true, { errorKeys: ["confirmPassword"] }),
      confirmPassword: newPassword(true),
    },
  },
  "lib/account/actions.ts#updateProfileAction": { fields: { name: text(), timeZone: choice() } },
  "lib/account/actions.ts#setColorSchemeAction": { fields: { colorScheme: choice() } },
  "lib/account/actions.ts#changePasswordAction": {
    fields: {
      currentPassword: secret(),
      newPassword: newPassword(true, { errorKeys: ["confirmPassword"] }),
      confirmPassword: newPassword(true),
    },
    records: ["SignInAttempt", "AuditLog"],
  },
  "lib/account/actions.ts#deleteAccountAction": {
    fields: { confirmEmail: secret(), password: secret() },
    records: ["SignInAttempt", "AuditLog"],
  },
  "lib/account/actions.ts#signOutEverywhereAction": { fields: {}, noInput: true },
  // The account page's API tokens: "never" (null) is a valid expiry; left out, 90 days.
  "lib/api/actions.ts#createApiTokenAction": {
    fields: {
      name: text(),
      scope: choice(),
      expiresInDays: choice({ optional: true, overrides: { null: "accept" } }),
    },
  },
  "lib/api/actions.ts#revokeApiTokenAction": { fields: { id: ref() } },

  // ─── A learner's own records ─────────────────────────────────────────────
  "lib/phases/actions.ts#toggleChecklistItemAction": { fields: { itemId: ref(), completed: bool() } },
  "lib/phases/actions.ts#markResourceDoneAction": { fields: { resourceId: ref(), done: bool() } },
  "lib/phases/actions.ts#saveChecklistNoteAction": {
    // The form always sends the note; "" clears it, an absent one is a broken request.
    fields: { itemId: ref(), note: optionalText({ overrides: { missing: "reject", null: "reject" } }) },
  },
  // The rules log 1 h 15 min and change an entry to 2 h 0 min.
  "lib/hours/actions.ts#logHoursAction": {
    fields: { ...hoursFields(), idempotencyKey: key() },
    with: hoursExtras,
  },
  "lib/hours/actions.ts#updateTimeEntryAction": {
    fields: { id: ref(), ...hoursFields() },
    with: hoursExtras,
  },
  "lib/hours/actions.ts#deleteTimeEntryAction": { fields: { id: ref() } },
  "lib/hours/actions.ts#importTimeEntriesAction": { fields: { csv: csv(), importKey: key() } },
  "lib/hours/actions.ts#previewImportAction": {
    fields: { csv: csv(), dateOrder: choice({ optional: true, overrides: { empty: "accept" } }) },
    with: () => ({ dateOrder: "dmy" }),
  },
  "lib/hours/actions.ts#saveImportRuleAction": {
    fields: {
      field: choice(),
      // Stored lower-case (rules match without case), so markup and SQL are kept as text but not verbatim.
      pattern: text({
        overrides: Object.fromEntries(
          ["script tag", "img onerror", "markdown with html", "sql drop", "sql meta"].map((label) => [label, "accept"]),
        ),
      }),
      phaseId: ref(),
      subSkillId: optionalRef({ overrides: { blank: "accept" } }),
    },
    with: async () => ({ subSkillId: await seeded() }),
  },
  "lib/hours/actions.ts#deleteImportRuleAction": { fields: { id: ref() } },
  "lib/hours/actions.ts#startTimerAction": { fields: timerFields(), with: hoursExtras },
  "lib/hours/actions.ts#stopTimerAction": {
    // The trim is optional, but the rule's timer ran 20 h: a stop without one asks to confirm.
    fields: { ...timerFields(), duration: duration(), confirmLong: bool({ overrides: { missing: "accept" } }) },
    with: async () => ({ ...(await hoursExtras()), confirmLong: false }),
  },
  "lib/hours/actions.ts#discardTimerAction": { fields: {}, noInput: true },
  "lib/projects/actions.ts#pickProjectAction": { fields: { projectId: ref() } },
  "lib/projects/actions.ts#updateProjectProgressAction": {
    fields: { progressId: ref(), status: choice(), repoUrl: url(), demoUrl: url(), description: optionalText() },
    with: () => ({ demoUrl: "https://demo.example.com", description: "Trained on **CIFAR-10**." }),
  },
  "lib/projects/actions.ts#addOwnProjectAction": { fields: ownProjectFields() },
  "lib/projects/actions.ts#editOwnProjectAction": {
    fields: { progressId: ref(), status: choice(), ...ownProjectFields() },
  },
  "lib/projects/actions.ts#submitProjectAction": { fields: { progressId: ref() } },
  "lib/projects/actions.ts#dropProjectAction": { fields: { progressId: ref() } },
  "lib/quiz/actions.ts#startQuizAttemptAction": { fields: {}, noInput: true },
  // Errors name the question's own form field (answer-<id>), or the form for a question not in the attempt.
  "lib/quiz/actions.ts#submitQuizAttemptAction": {
    fields: { attemptId: ref(), answers: record(0, 9, { errorKeys: ["answer-*", ""] }) },
  },
  "lib/self-assessment/actions.ts#saveSelfAssessmentAction": {
    // Nothing rated is "nothing to save", not an error (the form may be sent untouched).
    fields: {
      ratings: record(1, 5, { empty: "noop", errorKeys: ["confidence-*", ""], overrides: { missing: "noop" } }),
    },
  },
  // The version and file are found through the caller's own submissions; another learner's is refused.
  "lib/attachments/actions.ts#addAttachmentAction": { fields: { versionId: ref(), file: upload() } },
  "lib/attachments/actions.ts#removeAttachmentAction": { fields: { attachmentId: ref() } },
  "lib/deliverables/actions.ts#saveSubmissionDraftAction": { fields: submission },
  "lib/deliverables/actions.ts#submitDeliverableAction": { fields: submission },
  // Hours a week as a duration: blank clears the goal, and up to 100 h is a goal, so "25h",
  // "24:01" and 42 (hours) are goals here where a single entry would refuse them.
  "lib/dashboard/actions.ts#setWeeklyGoalAction": {
    fields: {
      weeklyGoal: duration({
        overrides: {
          missing: "accept",
          null: "accept",
          empty: "accept",
          blank: "accept",
          '"25h"': "accept",
          '"24:01"': "accept",
          "number 42": "accept",
        },
      }),
    },
  },
  "lib/notifications/actions.ts#markNotificationReadAction": { fields: { id: ref() } },
  "lib/notifications/actions.ts#markAllNotificationsReadAction": { fields: {}, noInput: true },
  "lib/notifications/actions.ts#setDigestOptOutAction": { fields: { optOut: bool() } },

  // ─── Reviews ─────────────────────────────────────────────────────────────
  "lib/reviews/actions.ts#approveSubmissionAction": {
    // An optional comment may be absent or "", but not null: no form sends null.
    fields: {
      submissionId: ref(),
      version: int(1, 1),
      comment: optionalText({ overrides: { null: "reject" } }),
      scores: rubricScores,
    },
    with: () => ({ comment: "Clear README." }),
  },
  "lib/reviews/actions.ts#requestChangesAction": {
    fields: { submissionId: ref(), version: int(1, 1), comment: text(), scores: rubricScores },
  },
  "lib/reviews/actions.ts#addReviewCommentAction": {
    fields: { versionId: ref(), body: text(), tag: choice({ optional: true }) },
  },
  "lib/reviews/actions.ts#setCommentResolvedAction": { fields: { commentId: ref(), resolved: bool() } },

  // ─── Administration ──────────────────────────────────────────────────────
  "lib/users/actions.ts#changeRoleAction": { fields: { userId: ref(), role: choice() } },
  "lib/users/actions.ts#setUserActiveAction": { fields: { userId: ref(), active: bool() } },
  "lib/users/actions.ts#assignMentorAction": { fields: { mentorId: ref(), learnerId: ref() } },
  "lib/users/actions.ts#unassignMentorAction": { fields: { mentorId: ref(), learnerId: ref() } },
  // The guide is optional (the default guide); the form always sends one, so it is covered too.
  "lib/cohorts/actions.ts#createCohortAction": {
    fields: { name: text(), startDate: date(), guideId: optionalRef() },
    with: async () => ({ guideId: (await seededGuide()).id }),
  },
  "lib/enrolments/actions.ts#enrollInGuideAction": { fields: { guideId: ref() } },
  "lib/enrolments/actions.ts#switchGuideAction": { fields: { guideId: ref() } },
  // A slug is an address, not prose: markup and SQL meta-characters are refused, not stored.
  "lib/guide-lifecycle/actions.ts#createGuideAction": {
    fields: {
      title: text(),
      slug: text({ overrides: Object.fromEntries(HOSTILE_TEXT.map(([label]) => [label, "reject"])) }),
      category: text(),
      tagline: text(),
      overview: text(),
    },
  },
  "lib/guide-lifecycle/actions.ts#publishGuideAction": { fields: { guideId: ref() } },
  "lib/guide-lifecycle/actions.ts#unpublishGuideAction": { fields: { guideId: ref() } },
  "lib/guide-lifecycle/actions.ts#archiveGuideAction": { fields: { guideId: ref() } },
  "lib/cohorts/actions.ts#updateCohortAction": { fields: { cohortId: ref(), name: text(), startDate: date() } },
  "lib/cohorts/actions.ts#addCohortMemberAction": { fields: { cohortId: ref(), email: email() } },
  "lib/cohorts/actions.ts#removeCohortMemberAction": { fields: { cohortId: ref(), learnerId: ref() } },
  "lib/cohorts/actions.ts#addCohortMentorAction": { fields: { cohortId: ref(), email: email() } },
  "lib/cohorts/actions.ts#removeCohortMentorAction": { fields: { cohortId: ref(), mentorId: ref() } },
  // An unticked box sends nothing: no invitations, the list still processed.
  "lib/cohorts/actions.ts#bulkAddMembersAction": {
    fields: { cohortId: ref(), list: memberList(), invite: bool({ overrides: { missing: "accept" } }) },
  },
  "lib/cohorts/actions.ts#resendInvitationAction": { fields: { invitationId: ref() } },
  "lib/cohorts/actions.ts#revokeInvitationAction": { fields: { invitationId: ref() } },

  // ─── Guide import: the pasted guide is read, never stored as sent ─────────
  "lib/guide-files/actions.ts#previewGuideImportAction": {
    fields: {
      format: choice(),
      content: csv(),
      target: choice(),
      slug: choice({ optional: true, overrides: { empty: "accept" } }),
      corrections: splitCorrections(),
    },
  },
  "lib/guide-files/actions.ts#saveGuideImportAction": {
    fields: { format: choice(), content: csv(), target: choice(), slug: choice(), corrections: splitCorrections() },
  },

  // ─── The curriculum editor ───────────────────────────────────────────────
  // One spec per part of the registry, from its field descriptions.
  ...Object.fromEntries(
    CURRICULUM_PARTS.map((part) => [
      `${admin}#saveCurriculumItemAction:${part.key}`,
      { fields: partFields(part), foreign: () => foreignPartValues(part) },
    ]),
  ),
  [`${admin}#saveSubSkillWeightsAction`]: { fields: { guideId: ref(), weights: weights({ errorKeys: [""] }) } },
  [`${admin}#moveCurriculumItemAction`]: { fields: { entity: choice(), id: ref(), direction: choice() } },
  [`${admin}#removeCurriculumItemAction`]: { fields: { entity: choice(), id: ref() } },
  [`${admin}#restoreCurriculumItemAction`]: { fields: { entity: choice(), id: ref() } },
};
