import { describe, expect, it } from "vitest";
import { drawQuestions, overlap, shareBySubSkill, type PoolQuestion } from "@/lib/quiz/draw";
import type { RandomInt } from "@/lib/quiz/scoring";

/** mulberry32: a small seeded PRNG, so a "random" draw is the same on every run. */
function seeded(seed: number): RandomInt {
  let a = seed >>> 0;
  return (max) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * max);
  };
}

// The ML infrastructure guide's weights, and its seeded pool per sub-skill.
const subSkills = [
  { key: "data", weightPercent: 25 },
  { key: "serving", weightPercent: 20 },
  { key: "pipelines", weightPercent: 20 },
  { key: "monitoring", weightPercent: 15 },
  { key: "iac", weightPercent: 10 },
  { key: "governance", weightPercent: 10 },
];
const poolSizes = { data: 15, serving: 13, pipelines: 12, monitoring: 9, iac: 6, governance: 6 };
const pool: PoolQuestion[] = Object.entries(poolSizes).flatMap(([key, n]) =>
  Array.from({ length: n }, (_, i) => ({ id: `${key}-${i}`, subSkillKey: key })),
);
const sizes = (p: Record<string, number>) => new Map(Object.entries(p));
const countBy = (ids: readonly string[]) =>
  Object.fromEntries(subSkills.map((s) => [s.key, ids.filter((id) => id.startsWith(`${s.key}-`)).length]));

describe("shareBySubSkill", () => {
  it("shares the questions in proportion to the weights, and adds up to the total", () => {
    expect(Object.fromEntries(shareBySubSkill(subSkills, sizes(poolSizes), 12))).toEqual({
      data: 3,
      serving: 3,
      pipelines: 2,
      monitoring: 2,
      iac: 1,
      governance: 1,
    });
    expect(Object.fromEntries(shareBySubSkill(subSkills, sizes(poolSizes), 20))).toEqual({
      data: 5,
      serving: 4,
      pipelines: 4,
      monitoring: 3,
      iac: 2,
      governance: 2,
    });
  });

  it("never gives a sub-skill more than its pool: the rest goes to the others, weight 0 last", () => {
    const shares = shareBySubSkill(
      [...subSkills, { key: "extra", weightPercent: 0 }],
      sizes({ ...poolSizes, data: 1, extra: 5 }),
      12,
    );
    expect(shares.get("data")).toBe(1);
    expect(shares.get("extra")).toBe(0);
    expect([...shares.values()].reduce((a, b) => a + b, 0)).toBe(12);
    // Everything weighted is used up: only then does the weight-0 sub-skill take questions.
    const all = shareBySubSkill(
      [
        { key: "a", weightPercent: 100 },
        { key: "b", weightPercent: 0 },
      ],
      sizes({ a: 2, b: 5 }),
      4,
    );
    expect(Object.fromEntries(all)).toEqual({ a: 2, b: 2 });
  });

  it("draws the whole pool when it is smaller than the total, and nothing for sub-skills without questions", () => {
    const shares = shareBySubSkill(subSkills, sizes({ data: 2, serving: 1 }), 12);
    expect(Object.fromEntries(shares)).toEqual({
      data: 2,
      serving: 1,
      pipelines: 0,
      monitoring: 0,
      iac: 0,
      governance: 0,
    });
  });
});

describe("drawQuestions", () => {
  it("draws each sub-skill's share, no question twice, from the pool only", () => {
    const drawn = drawQuestions(pool, subSkills, 12, new Set(), seeded(1));
    expect(drawn).toHaveLength(12);
    expect(new Set(drawn).size).toBe(12);
    expect(countBy(drawn)).toEqual({ data: 3, serving: 3, pipelines: 2, monitoring: 2, iac: 1, governance: 1 });
    expect(drawn.every((id) => pool.some((q) => q.id === id))).toBe(true);
  });

  it("is random: different sources give different subsets, and the order is shuffled", () => {
    const a = drawQuestions(pool, subSkills, 12, new Set(), seeded(1));
    const b = drawQuestions(pool, subSkills, 12, new Set(), seeded(2));
    expect(new Set(a)).not.toEqual(new Set(b));
    // Not grouped by sub-skill in the guide's order.
    expect(a).not.toEqual([...a].sort());
  });

  it("prefers questions the previous attempt did not have: on this pool, consecutive attempts share none", () => {
    const rng = seeded(3);
    let previous = drawQuestions(pool, subSkills, 12, new Set(), rng);
    for (let i = 0; i < 50; i += 1) {
      const next = drawQuestions(pool, subSkills, 12, new Set(previous), rng);
      expect(overlap(previous, next)).toBe(0);
      previous = next;
    }
  });

  it("keeps two attempts in a row to at most half shared when each pool holds 1.5 × its share", () => {
    // 12 questions: shares 3,3,2,2,1,1 → pools of 5,5,3,3,2,2 (≥ 1.5 × each share, rounded up).
    const small = { data: 5, serving: 5, pipelines: 3, monitoring: 3, iac: 2, governance: 2 };
    const smallPool = Object.entries(small).flatMap(([key, n]) =>
      Array.from({ length: n }, (_, i) => ({ id: `${key}-${i}`, subSkillKey: key })),
    );
    const rng = seeded(4);
    let previous = drawQuestions(smallPool, subSkills, 12, new Set(), rng);
    for (let i = 0; i < 50; i += 1) {
      const next = drawQuestions(smallPool, subSkills, 12, new Set(previous), rng);
      expect(overlap(previous, next)).toBeLessThanOrEqual(6);
      previous = next;
    }
  });

  it("repeats previous questions only when a sub-skill has no fresh ones left", () => {
    const tiny = [
      { id: "a1", subSkillKey: "a" },
      { id: "a2", subSkillKey: "a" },
      { id: "a3", subSkillKey: "a" },
    ];
    const drawn = drawQuestions(tiny, [{ key: "a", weightPercent: 100 }], 2, new Set(["a1", "a2"]), seeded(5));
    expect(drawn).toContain("a3");
    expect(drawn).toHaveLength(2);
  });
});
