import { describe, expect, it } from "vitest";
import { acceptsEnrolment, publishProblems, transition } from "@/lib/guide-lifecycle/rules";
import { editorHref } from "@/lib/curriculum/href";

const complete = { phaseHours: [60, 120, 180], subSkillWeights: [25, 25, 20, 10, 10, 10], levels: 4 };

describe("publishProblems", () => {
  it("finds nothing missing in a complete guide", () => {
    expect(publishProblems(complete)).toEqual([]);
  });

  it("names every gap of an empty draft, in the editor's order", () => {
    expect(publishProblems({ phaseHours: [], subSkillWeights: [], levels: 0 })).toEqual([
      "Add at least one phase.",
      "Add at least one sub-skill.",
      "Add at least one proficiency level.",
    ]);
  });

  it("reuses the editor's weights rule and wants hours on every phase", () => {
    expect(publishProblems({ ...complete, subSkillWeights: [50, 45] })).toEqual([
      "Sub-skill weights: Weights must add up to 100 (now 95).",
    ]);
    expect(publishProblems({ ...complete, phaseHours: [60, 0] })).toEqual(["Give every phase its estimated hours."]);
  });
});

describe("transition", () => {
  it("publishes a draft or an archived guide, never a published one", () => {
    expect(transition("DRAFT", "publish")).toEqual({ ok: true, to: "PUBLISHED" });
    expect(transition("ARCHIVED", "publish")).toEqual({ ok: true, to: "PUBLISHED" });
    expect(transition("PUBLISHED", "publish")).toEqual({ ok: false, message: "This guide is already published." });
  });

  it("unpublishes only a published guide, back to draft", () => {
    expect(transition("PUBLISHED", "unpublish")).toEqual({ ok: true, to: "DRAFT" });
    for (const from of ["DRAFT", "ARCHIVED"] as const)
      expect(transition(from, "unpublish")).toMatchObject({ ok: false });
  });

  it("archives anything not archived yet", () => {
    expect(transition("DRAFT", "archive")).toEqual({ ok: true, to: "ARCHIVED" });
    expect(transition("PUBLISHED", "archive")).toEqual({ ok: true, to: "ARCHIVED" });
    expect(transition("ARCHIVED", "archive")).toEqual({ ok: false, message: "This guide is already archived." });
  });
});

describe("acceptsEnrolment", () => {
  it("opens only published guides", () => {
    expect([acceptsEnrolment("DRAFT"), acceptsEnrolment("PUBLISHED"), acceptsEnrolment("ARCHIVED")]).toEqual([
      false,
      true,
      false,
    ]);
  });
});

describe("editorHref", () => {
  it("keeps the default guide's bare address and names any other guide", () => {
    expect(editorHref("/admin/curriculum/phases", "ml-infrastructure")).toBe("/admin/curriculum/phases");
    expect(editorHref("/admin/curriculum/phases", undefined)).toBe("/admin/curriculum/phases");
    expect(editorHref("/admin/curriculum/phases", "data-eng")).toBe("/admin/curriculum/phases?guide=data-eng");
  });
});
