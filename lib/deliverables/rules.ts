/**
 * The life of a learner's submission for one deliverable, as pure rules (no I/O), shared by the
 * learner side (lib/deliverables) and the reviewer side (lib/reviews, a later issue):
 *
 *   (none) ──save draft──▶ DRAFT ──submit──▶ SUBMITTED ──reviewer──▶ APPROVED (final)
 *      └─────────submit──────────────────────▲         └──reviewer──▶ CHANGES_REQUESTED
 *                                            └──────resubmit (version N+1)──────┘
 *
 * Versions: every submitted version is immutable. `Submission.currentVersion` is the newest
 * version that was submitted (or, while the submission is still a DRAFT, its version 1).
 * After changes are requested the learner may keep one unsubmitted draft of the next version
 * (number currentVersion + 1, `submittedAt` null); submitting it makes it the current version.
 */
import type { ReviewDecision, SubmissionStatus } from "@/lib/generated/prisma/enums";

export type { SubmissionStatus };

/** Who moves a submission: its learner, or a reviewer (an assigned mentor or any admin). */
export type SubmissionActor = "LEARNER" | "REVIEWER";

const TRANSITIONS: Record<SubmissionStatus, Partial<Record<SubmissionStatus, SubmissionActor>>> = {
  DRAFT: { SUBMITTED: "LEARNER" },
  SUBMITTED: { APPROVED: "REVIEWER", CHANGES_REQUESTED: "REVIEWER" },
  CHANGES_REQUESTED: { SUBMITTED: "LEARNER" },
  APPROVED: {},
};

/** Whether `actor` may move a submission from `from` (null: it doesn't exist yet) to `to`. */
export function canTransition(from: SubmissionStatus | null, to: SubmissionStatus, actor: SubmissionActor): boolean {
  // Only the learner creates a submission, either as a draft or submitted straight away.
  if (from === null) return actor === "LEARNER" && (to === "DRAFT" || to === "SUBMITTED");
  return TRANSITIONS[from][to] === actor;
}

/** The status a review decision moves a SUBMITTED submission to. */
export function statusAfterReview(decision: ReviewDecision): SubmissionStatus {
  return decision;
}

/** What the learner side needs to know about an existing submission. */
export interface SubmissionState {
  status: SubmissionStatus;
  currentVersion: number;
  /** The number of the unsubmitted version, if there is one. */
  draftVersion: number | null;
}

export const SUBMITTED_LOCKED_MESSAGE =
  "This version is waiting for review, so it can't be changed until a reviewer responds.";
export const APPROVED_FINAL_MESSAGE = "This deliverable is approved. Approved work is final.";

export type Refusal = { kind: "refuse"; reason: string };

export type DraftPlan =
  /** No submission yet: create it as a DRAFT with version 1. */
  | { kind: "create" }
  /** Write the fields into the unsubmitted version `number` (created if it doesn't exist yet). */
  | { kind: "write"; number: number }
  | Refusal;

/** What "Save draft" does in each state. A submitted version is never edited. */
export function planDraftSave(state: SubmissionState | null): DraftPlan {
  if (state === null) return { kind: "create" };
  switch (state.status) {
    case "DRAFT":
      return { kind: "write", number: state.currentVersion };
    case "CHANGES_REQUESTED":
      return { kind: "write", number: state.currentVersion + 1 };
    case "SUBMITTED":
      return { kind: "refuse", reason: SUBMITTED_LOCKED_MESSAGE };
    case "APPROVED":
      return { kind: "refuse", reason: APPROVED_FINAL_MESSAGE };
  }
}

export type SubmitPlan =
  /** No submission yet: create it with version 1, submitted. */
  | { kind: "create" }
  /**
   * Submit version `number` (writing the fields into it, creating the row when there is no
   * draft of it). `from` is the status the submission must still have when the change is
   * written: the conditional update on it is what makes a double submit create one version.
   */
  | { kind: "submit"; number: number; from: SubmissionStatus; hasDraftRow: boolean }
  | Refusal;

export const ALREADY_SUBMITTED_MESSAGE = "Already submitted: this version is waiting for review.";

/** What "Submit for review" does in each state. */
export function planSubmit(state: SubmissionState | null): SubmitPlan {
  if (state === null) return { kind: "create" };
  switch (state.status) {
    case "DRAFT":
      return { kind: "submit", number: state.currentVersion, from: "DRAFT", hasDraftRow: true };
    case "CHANGES_REQUESTED": {
      const number = state.currentVersion + 1;
      return { kind: "submit", number, from: "CHANGES_REQUESTED", hasDraftRow: state.draftVersion === number };
    }
    case "SUBMITTED":
      return { kind: "refuse", reason: ALREADY_SUBMITTED_MESSAGE };
    case "APPROVED":
      return { kind: "refuse", reason: APPROVED_FINAL_MESSAGE };
  }
}

/** Whether the learner can still change anything (the form is shown). */
export function isEditable(state: SubmissionState | null): boolean {
  return planDraftSave(state).kind !== "refuse";
}

/** The version number the form works on: the draft's, or the next one after a review. */
export function workingVersion(state: SubmissionState | null): number {
  const plan = planDraftSave(state);
  return plan.kind === "write" ? plan.number : plan.kind === "create" ? 1 : (state?.currentVersion ?? 1);
}

/** The learner's state for a deliverable, NOT_STARTED when there is no submission. */
export type DeliverableState = SubmissionStatus | "NOT_STARTED";

/** Badge wording (the words: draft, submitted, changes requested, approved). */
export const SUBMISSION_STATUS_LABELS: Record<DeliverableState, string> = {
  NOT_STARTED: "Not started",
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
};
