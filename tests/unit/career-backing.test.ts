import { describe, expect, it } from "vitest";
import { phraseBacking } from "@/lib/career/backing";

const serving = { id: "s1", name: "Model serving" };
const iac = { id: "s2", name: "Infrastructure as code" };

describe("phraseBacking", () => {
  it("backs a phrase once every sub-skill it claims has approved work", () => {
    expect(phraseBacking([serving, iac], new Set(["s1", "s2", "s3"]))).toEqual({
      backed: true,
      evidenced: [serving, iac],
      missing: [],
    });
  });

  it("is not yet backed while one claimed sub-skill lacks approved work, and names it", () => {
    expect(phraseBacking([serving, iac], new Set(["s1"]))).toEqual({
      backed: false,
      evidenced: [serving],
      missing: [iac],
    });
  });

  it("never backs a phrase that claims no sub-skill, whatever the record holds", () => {
    expect(phraseBacking([], new Set(["s1", "s2"]))).toEqual({ backed: false, evidenced: [], missing: [] });
  });
});
