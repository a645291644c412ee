import { describe, expect, it } from "vitest";
import { learnerCanSetProjectStatus } from "@/lib/projects/rules";
import {
  ALREADY_SUBMITTED_MESSAGE,
  APPROVED_FINAL_MESSAGE,
  SUBMITTED_LOCKED_MESSAGE,
  canTransition,
  isEditable,
  planDraftSave,
  planSubmit,
  statusAfterReview,
  workingVersion,
  type SubmissionState,
  type SubmissionStatus,
} from "@/lib/deliverables/rules";

const STATUSES: SubmissionStatus[] = ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED"];
const state = (status: SubmissionStatus, currentVersion = 1, draftVersion: number | null = null): SubmissionState => ({
  status,
  currentVersion,
  draftVersion,
});

describe("status transitions", () => {
  it("allows exactly the documented transitions, each for its actor", () => {
    const allowed: string[] = [];
    for (const from of [null, ...STATUSES]) {
      for (const to of STATUSES) {
        for (const actor of ["LEARNER", "REVIEWER"] as const) {
          if (canTransition(from, to, actor)) allowed.push(`${from ?? "none"}→${to} by ${actor}`);
        }
      }
    }
    expect(allowed.sort()).toEqual([
      "CHANGES_REQUESTED→SUBMITTED by LEARNER",
      "DRAFT→SUBMITTED by LEARNER",
      "SUBMITTED→APPROVED by REVIEWER",
      "SUBMITTED→CHANGES_REQUESTED by REVIEWER",
      "none→DRAFT by LEARNER",
      "none→SUBMITTED by LEARNER",
    ]);
  });

  it("makes APPROVED final: nothing leaves it, for anyone", () => {
    for (const to of STATUSES) {
      expect(canTransition("APPROVED", to, "LEARNER")).toBe(false);
      expect(canTransition("APPROVED", to, "REVIEWER")).toBe(false);
    }
  });

  it("never lets a learner approve or request changes on their own work", () => {
    expect(canTransition("SUBMITTED", "APPROVED", "LEARNER")).toBe(false);
    expect(canTransition("SUBMITTED", "CHANGES_REQUESTED", "LEARNER")).toBe(false);
  });

  it("maps a review decision to the status it leads to", () => {
    expect(statusAfterReview("APPROVED")).toBe("APPROVED");
    expect(statusAfterReview("CHANGES_REQUESTED")).toBe("CHANGES_REQUESTED");
  });
});

describe("saving a draft", () => {
  it("creates the submission the first time", () => {
    expect(planDraftSave(null)).toEqual({ kind: "create" });
  });

  it("overwrites the draft while the submission is a draft", () => {
    expect(planDraftSave(state("DRAFT", 1, 1))).toEqual({ kind: "write", number: 1 });
  });

  it("prepares the next version after changes were requested, with or without a draft row yet", () => {
    expect(planDraftSave(state("CHANGES_REQUESTED", 2))).toEqual({ kind: "write", number: 3 });
    expect(planDraftSave(state("CHANGES_REQUESTED", 2, 3))).toEqual({ kind: "write", number: 3 });
  });

  it("refuses while a version waits for review, and after approval", () => {
    expect(planDraftSave(state("SUBMITTED", 2))).toEqual({ kind: "refuse", reason: SUBMITTED_LOCKED_MESSAGE });
    expect(planDraftSave(state("APPROVED", 2))).toEqual({ kind: "refuse", reason: APPROVED_FINAL_MESSAGE });
  });
});

describe("submitting", () => {
  it("creates version 1 submitted when there is nothing yet", () => {
    expect(planSubmit(null)).toEqual({ kind: "create" });
  });

  it("submits the draft as it is", () => {
    expect(planSubmit(state("DRAFT", 1, 1))).toEqual({ kind: "submit", number: 1, from: "DRAFT", hasDraftRow: true });
  });

  it("submits version N+1 after changes were requested, using the draft of it when there is one", () => {
    expect(planSubmit(state("CHANGES_REQUESTED", 1))).toEqual({
      kind: "submit",
      number: 2,
      from: "CHANGES_REQUESTED",
      hasDraftRow: false,
    });
    expect(planSubmit(state("CHANGES_REQUESTED", 1, 2))).toEqual({
      kind: "submit",
      number: 2,
      from: "CHANGES_REQUESTED",
      hasDraftRow: true,
    });
  });

  it("refuses a second submit of a version waiting for review, and anything after approval", () => {
    expect(planSubmit(state("SUBMITTED"))).toEqual({ kind: "refuse", reason: ALREADY_SUBMITTED_MESSAGE });
    expect(planSubmit(state("APPROVED", 3))).toEqual({ kind: "refuse", reason: APPROVED_FINAL_MESSAGE });
  });

  it("agrees with the transition table", () => {
    for (const status of STATUSES) {
      const plan = planSubmit(state(status));
      expect(plan.kind !== "refuse", status).toBe(canTransition(status, "SUBMITTED", "LEARNER"));
    }
  });
});

describe("the form", () => {
  it("is shown only while the learner can change something", () => {
    expect([null, ...STATUSES].map((s) => isEditable(s === null ? null : state(s)))).toEqual([
      true,
      true,
      false,
      true,
      false,
    ]);
  });

  it("works on the version that the next save or submit writes", () => {
    expect(workingVersion(null)).toBe(1);
    expect(workingVersion(state("DRAFT", 1, 1))).toBe(1);
    expect(workingVersion(state("CHANGES_REQUESTED", 2))).toBe(3);
    expect(workingVersion(state("SUBMITTED", 2))).toBe(2);
    expect(workingVersion(state("APPROVED", 4))).toBe(4);
  });
});

describe("portfolio project status (learner side)", () => {
  // Changed with project reviews: SUBMITTED comes from "Submit for review", and a project in
  // review waits for the reviewer (who approves it or sends it back to in progress).
  it("lets the learner move between planned and in progress, but never submit by hand or approve", () => {
    expect(learnerCanSetProjectStatus("PLANNED", "IN_PROGRESS")).toBe(true);
    expect(learnerCanSetProjectStatus("IN_PROGRESS", "PLANNED")).toBe(true);
    expect(learnerCanSetProjectStatus("IN_PROGRESS", "SUBMITTED")).toBe(false);
    expect(learnerCanSetProjectStatus("SUBMITTED", "IN_PROGRESS")).toBe(false);
    expect(learnerCanSetProjectStatus("SUBMITTED", "APPROVED")).toBe(false);
  });

  it("keeps an approved project as it is", () => {
    for (const to of ["PLANNED", "IN_PROGRESS", "SUBMITTED", "APPROVED"] as const)
      expect(learnerCanSetProjectStatus("APPROVED", to)).toBe(false);
  });
});
