import { describe, expect, it } from "vitest";
import {
  canonicalOrder,
  keyFromTitle,
  moveInOrder,
  parseLines,
  planMove,
  planNormalize,
  positionChanges,
  removalDecision,
  thresholdProblems,
  weightSum,
  weightSumProblem,
} from "@/lib/curriculum/rules";
import { subSkillWeightsSchema } from "@/lib/curriculum/schema";

describe("sub-skill weights", () => {
  it("sums the weights, counting a half-typed field as 0", () => {
    expect(weightSum([25, 20, 20, 15, 10, 10])).toBe(100);
    expect(weightSum([])).toBe(0);
    expect(weightSum([50, Number.NaN, 40])).toBe(90);
  });

  it("accepts exactly 100 and names the sum otherwise", () => {
    expect(weightSumProblem([24, 21, 20, 15, 10, 10])).toBeNull();
    expect(weightSumProblem([25, 20, 20, 10, 10, 10])).toBe("Weights must add up to 100 (now 95)");
    expect(weightSumProblem([60, 50])).toBe("Weights must add up to 100 (now 110)");
    expect(weightSumProblem([])).toBe("Weights must add up to 100 (now 0)");
  });

  it("is enforced by the schema the server parses, as the form-level message", () => {
    const result = subSkillWeightsSchema.safeParse({
      guideId: "g",
      weights: [
        { id: "a", weightPercent: "60" },
        { id: "b", weightPercent: 35 },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(["Weights must add up to 100 (now 95)"]);
    expect(
      subSkillWeightsSchema.safeParse({
        guideId: "g",
        weights: [
          { id: "a", weightPercent: "60" },
          { id: "b", weightPercent: 40 },
        ],
      }).success,
    ).toBe(true);
  });

  it("refuses weights outside 0…100, fractions and a sub-skill weighed twice", () => {
    const parse = (weights: unknown) => subSkillWeightsSchema.safeParse({ guideId: "g", weights });
    expect(
      parse([
        { id: "a", weightPercent: 110 },
        { id: "b", weightPercent: -10 },
      ]).success,
    ).toBe(false);
    expect(
      parse([
        { id: "a", weightPercent: 50.5 },
        { id: "b", weightPercent: 49.5 },
      ]).success,
    ).toBe(false);
    expect(
      parse([
        { id: "a", weightPercent: 50 },
        { id: "a", weightPercent: 50 },
      ]).success,
    ).toBe(false);
  });
});

describe("reordering", () => {
  it("swaps an item with its neighbour, and refuses to move past either end", () => {
    expect(moveInOrder(["a", "b", "c"], "b", "up")).toEqual(["b", "a", "c"]);
    expect(moveInOrder(["a", "b", "c"], "b", "down")).toEqual(["a", "c", "b"]);
    expect(moveInOrder(["a", "b", "c"], "a", "up")).toBeNull();
    expect(moveInOrder(["a", "b", "c"], "c", "down")).toBeNull();
    expect(moveInOrder(["a", "b"], "z", "up")).toBeNull();
  });

  it("puts active items first, archived last, ties broken by id", () => {
    const items = [
      { id: "x", position: 0, archived: true },
      { id: "b", position: 1 },
      { id: "a", position: 1 },
      { id: "c", position: 5 },
    ];
    expect(canonicalOrder(items)).toEqual(["a", "b", "c", "x"]);
  });

  it("writes only the rows whose position changes, always 0…n-1 without duplicates", () => {
    const items = [
      { id: "a", position: 0 },
      { id: "b", position: 1 },
      { id: "c", position: 2 },
    ];
    expect(positionChanges(items, ["a", "c", "b"])).toEqual([
      { id: "c", from: 2, to: 1 },
      { id: "b", from: 1, to: 2 },
    ]);
    expect(positionChanges(items, ["a", "b", "c"])).toEqual([]);
  });

  it("refuses an order that is not exactly the list (stale, duplicated or missing ids)", () => {
    const items = [
      { id: "a", position: 0 },
      { id: "b", position: 1 },
    ];
    expect(() => positionChanges(items, ["a", "a"])).toThrow();
    expect(() => positionChanges(items, ["a"])).toThrow();
    expect(() => positionChanges(items, ["a", "b", "c"])).toThrow();
  });

  it("repairs duplicate positions left by old data", () => {
    const changes = planNormalize([
      { id: "a", position: 0 },
      { id: "b", position: 0 },
      { id: "c", position: 0 },
    ]);
    const final = new Map([
      ["a", 0],
      ["b", 0],
      ["c", 0],
    ]);
    for (const c of changes) final.set(c.id, c.to);
    expect(new Set(final.values()).size).toBe(3);
  });

  it("moves among active items only; the archived tail stays put", () => {
    const items = [
      { id: "a", position: 0 },
      { id: "b", position: 1 },
      { id: "z", position: 2, archived: true },
    ];
    expect(planMove(items, "b", "up")).toEqual([
      { id: "b", from: 1, to: 0 },
      { id: "a", from: 0, to: 1 },
    ]);
    expect(planMove(items, "b", "down")).toBeNull(); // last active item: never swaps with an archived one
  });

  it("renumbers after archiving so active items keep positions 0…n-1", () => {
    // b was archived in place: the active ones close the gap, b goes to the end.
    expect(
      planNormalize([
        { id: "a", position: 0 },
        { id: "b", position: 1, archived: true },
        { id: "c", position: 2 },
      ]),
    ).toEqual([
      { id: "c", from: 2, to: 1 },
      { id: "b", from: 1, to: 2 },
    ]);
  });
});

describe("archive or delete", () => {
  const base = { learnerRecords: 0, curriculumReferences: 0, archivable: true };

  it("deletes an unused item", () => {
    expect(removalDecision(base)).toEqual({ kind: "delete" });
  });

  it("archives an item learner records point to, and says why", () => {
    const decision = removalDecision({ ...base, learnerRecords: 3 });
    expect(decision.kind).toBe("archive");
    expect(decision).toMatchObject({ reason: expect.stringContaining("Learner records point to it (3)") });
  });

  it("archives an item other curriculum rows belong to", () => {
    expect(removalDecision({ ...base, curriculumReferences: 2 }).kind).toBe("archive");
  });

  it("refuses a sub-skill that still carries weight, whatever its use", () => {
    expect(removalDecision({ ...base, weightPercent: 15 })).toEqual({
      kind: "refuse",
      reason: "Set its weight to 0 first (now 15), so the other weights still add up to 100.",
    });
    expect(removalDecision({ ...base, weightPercent: 0 }).kind).toBe("delete");
  });

  it("refuses to delete a used item that cannot be archived", () => {
    expect(removalDecision({ ...base, archivable: false, learnerRecords: 1 }).kind).toBe("refuse");
    expect(removalDecision({ ...base, archivable: false }).kind).toBe("delete");
  });
});

describe("keys and lines", () => {
  it("makes a key in the guide's format from a title", () => {
    const key = keyFromTitle("  Feature Stores & Data Versioning! ", "a1b2");
    expect(key).toBe("feature-stores-data-versioning-a1b2");
    expect(key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(keyFromTitle("日本語", "ff")).toBe("item-ff");
    expect(keyFromTitle("Café déjà vu", "01")).toBe("cafe-deja-vu-01");
    expect(keyFromTitle("x".repeat(200), "9").length).toBeLessThanOrEqual(62);
  });

  it("turns a textarea into trimmed, non-empty lines", () => {
    expect(parseLines(" one \r\n\n two\n   \nthree ")).toEqual(["one", "two", "three"]);
    expect(parseLines("")).toEqual([]);
  });
});

describe("thresholds along a list", () => {
  const thresholds = [
    { name: "minTotalHours", what: "total hours" },
    { name: "minQuizPercent", what: "the quiz percent" },
  ];
  const before = { minTotalHours: 60, minQuizPercent: 60 };
  const after = { minTotalHours: 360, minQuizPercent: 90 };

  it("accepts values between the neighbours, equal ones included, and any value at either end", () => {
    expect(thresholdProblems({ minTotalHours: 60, minQuizPercent: 90 }, { before, after }, thresholds)).toEqual({});
    expect(thresholdProblems({ minTotalHours: 0, minQuizPercent: 0 }, { after }, thresholds)).toEqual({});
    expect(thresholdProblems({ minTotalHours: 9999, minQuizPercent: 100 }, { before }, thresholds)).toEqual({});
  });

  it("names each field that falls below the item before or rises above the item after", () => {
    expect(thresholdProblems({ minTotalHours: 59, minQuizPercent: 91 }, { before, after }, thresholds)).toEqual({
      minTotalHours: ["Total hours must be at least 60, as in the level before."],
      minQuizPercent: ["The quiz percent must be at most 90, as in the level after."],
    });
  });
});
