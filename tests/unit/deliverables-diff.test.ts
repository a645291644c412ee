import { describe, expect, it } from "vitest";
import { diffText, diffVersions, pickComparison } from "@/lib/deliverables/diff";

const version = (number: number, description: string, repoUrl: string | null = "https://github.com/ada/x") => ({
  number,
  description,
  repoUrl,
  demoUrl: null,
  docUrl: null,
});

describe("diffText", () => {
  it("marks the words that were removed and added, keeping the rest", () => {
    expect(diffText("Served with Flask today", "Served with FastAPI today")).toEqual([
      { kind: "same", text: "Served with " },
      { kind: "removed", text: "Flask" },
      { kind: "added", text: "FastAPI" },
      { kind: "same", text: " today" },
    ]);
  });

  it("keeps line breaks, so a Markdown note reads as written", () => {
    const parts = diffText("line one\nline two", "line one\nline two\n- [x] tests");
    expect(parts.map((p) => p.text).join("")).toBe("line one\nline two\n- [x] tests");
    expect(
      parts
        .filter((p) => p.kind === "added")
        .map((p) => p.text)
        .join(""),
    ).toBe("\n- [x] tests");
    expect(parts.some((p) => p.kind === "removed")).toBe(false);
  });

  it("is one unchanged run for equal texts, and nothing for two empty ones", () => {
    expect(diffText("same", "same")).toEqual([{ kind: "same", text: "same" }]);
    expect(diffText("", "")).toEqual([]);
  });
});

describe("diffVersions", () => {
  it("diffs the notes and each link, leaving out links empty in both", () => {
    const fields = diffVersions(
      version(1, "Batch only."),
      version(2, "Batch and streaming.", "https://github.com/ada/y"),
    );
    expect(fields.map((f) => [f.field, f.changed])).toEqual([
      ["description", true],
      ["repoUrl", true],
    ]);
    expect(fields[0]!.parts).toContainEqual({ kind: "added", text: "and streaming" });
  });

  it("says a field did not change", () => {
    const fields = diffVersions(version(1, "Same."), version(2, "Same."));
    expect(fields.every((f) => !f.changed)).toBe(true);
  });

  it("shows a link that was added or removed as wholly added or removed", () => {
    const [, repo] = diffVersions(version(1, "a", null), version(2, "a"));
    expect(repo).toMatchObject({
      field: "repoUrl",
      changed: true,
      parts: [{ kind: "added", text: "https://github.com/ada/x" }],
    });
  });
});

describe("pickComparison", () => {
  const versions = [version(1, "a"), version(2, "b"), version(3, "c")];

  it("finds two existing, different versions by number", () => {
    const picked = pickComparison(versions, "1", "3");
    expect([picked?.from.number, picked?.to.number]).toEqual([1, 3]);
  });

  it("is null for missing, malformed, unknown or equal versions", () => {
    for (const [from, to] of [
      [undefined, "2"],
      ["1", ["2", "3"]],
      ["1.5", "2"],
      ["-1", "2"],
      ["1", "9"],
      ["2", "2"],
      ["1e3", "2"],
    ] as const) {
      expect(pickComparison(versions, from, to)).toBeNull();
    }
  });
});
