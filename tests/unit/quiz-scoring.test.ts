import { describe, expect, it } from "vitest";
import {
  attemptPercent,
  checkAnswers,
  compareAttempts,
  describeQuestionNumbers,
  scoreBySubSkill,
  selectBestAndLatest,
  shuffle,
  type AttemptSummary,
  type RandomInt,
  type ScorableQuestion,
} from "@/lib/quiz/scoring";

/** mulberry32: a small seeded PRNG, so a "random" order is the same on every run. */
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

const ids = Array.from({ length: 18 }, (_, i) => `q${i + 1}`);

describe("shuffle", () => {
  it("returns a permutation and leaves the input untouched", () => {
    const input = [...ids];
    const out = shuffle(input, seeded(1));
    expect(input).toEqual(ids);
    expect([...out].sort()).toEqual([...ids].sort());
    expect(out).not.toEqual(ids);
  });

  it("is deterministic for a seed and differs across seeds (attempts)", () => {
    expect(shuffle(ids, seeded(42))).toEqual(shuffle(ids, seeded(42)));
    expect(shuffle(ids, seeded(42))).not.toEqual(shuffle(ids, seeded(43)));
  });

  it("is Fisher–Yates: a source that always answers 0 rotates predictably, and every order of 3 appears", () => {
    expect(shuffle(["a", "b", "c"], () => 0)).toEqual(["b", "c", "a"]);
    const rng = seeded(7);
    const seen = new Set<string>();
    for (let i = 0; i < 300; i += 1) seen.add(shuffle(["a", "b", "c"], rng).join(""));
    expect(seen.size).toBe(6);
  });

  it("handles empty and single lists, and refuses an out-of-range source", () => {
    expect(shuffle([], seeded(1))).toEqual([]);
    expect(shuffle(["only"], seeded(1))).toEqual(["only"]);
    expect(() => shuffle(["a", "b"], () => 2)).toThrow(RangeError);
    expect(() => shuffle(["a", "b"], () => -1)).toThrow(RangeError);
  });
});

const questions: ScorableQuestion[] = [
  { id: "a", subSkillKey: "data", optionCount: 4, correctOption: 2 },
  { id: "b", subSkillKey: "serving", optionCount: 4, correctOption: 0 },
  { id: "c", subSkillKey: "data", optionCount: 4, correctOption: 3 },
  { id: "d", subSkillKey: "serving", optionCount: 3, correctOption: 1 },
];

describe("checkAnswers", () => {
  it("scores every answer against the correct option", () => {
    const check = checkAnswers(questions, { a: 2, b: 1, c: 3, d: 1 });
    expect(check).toEqual({
      ok: true,
      correctCount: 3,
      totalCount: 4,
      answers: [
        { questionId: "a", chosenOption: 2, isCorrect: true },
        { questionId: "b", chosenOption: 1, isCorrect: false },
        { questionId: "c", chosenOption: 3, isCorrect: true },
        { questionId: "d", chosenOption: 1, isCorrect: true },
      ],
    });
  });

  it("lists unanswered questions in the attempt's order instead of counting them wrong", () => {
    expect(checkAnswers(questions, { b: 0 })).toEqual({
      ok: false,
      unanswered: ["a", "c", "d"],
      invalidOption: [],
      unknown: [],
    });
  });

  it("refuses an option the question doesn't have (each question's own count) and answers to other questions", () => {
    expect(checkAnswers(questions, { a: 4, b: 0, c: 0, d: 3 })).toMatchObject({ ok: false, invalidOption: ["a", "d"] });
    expect(checkAnswers(questions, { a: -1, b: 1.5, c: 0, d: 0 })).toMatchObject({
      ok: false,
      invalidOption: ["a", "b"],
    });
    expect(checkAnswers(questions, { a: 0, b: 0, c: 0, d: 0, zz: 1 })).toMatchObject({ ok: false, unknown: ["zz"] });
  });
});

describe("scoreBySubSkill", () => {
  const subSkills = [
    { key: "serving", name: "Serving" },
    { key: "data", name: "Data" },
    { key: "iac", name: "IaC" },
  ];

  it("tallies per sub-skill in the guide's order and leaves out sub-skills without questions", () => {
    const answers = [
      { subSkillKey: "data", isCorrect: true },
      { subSkillKey: "serving", isCorrect: false },
      { subSkillKey: "data", isCorrect: false },
      { subSkillKey: "serving", isCorrect: false },
      { subSkillKey: "data", isCorrect: true },
    ];
    expect(scoreBySubSkill(subSkills, answers)).toEqual([
      { key: "serving", name: "Serving", correct: 0, total: 2, percent: 0 },
      { key: "data", name: "Data", correct: 2, total: 3, percent: 66.7 },
    ]);
  });

  it("is empty for no answers", () => {
    expect(scoreBySubSkill(subSkills, [])).toEqual([]);
  });
});

const at = (day: number) => new Date(Date.UTC(2026, 0, day));
const attempt = (id: string, correctCount: number, totalCount: number, submittedAt: Date | null): AttemptSummary => ({
  id,
  correctCount,
  totalCount,
  submittedAt,
});

describe("best and latest attempt", () => {
  it("picks the highest percent as best and the most recent submission as latest", () => {
    const attempts = [attempt("1", 9, 18, at(1)), attempt("2", 15, 18, at(2)), attempt("3", 12, 18, at(3))];
    expect(selectBestAndLatest(attempts)).toEqual({ best: attempts[1], latest: attempts[2] });
  });

  it("breaks a tie in percent in favour of the later attempt, comparing ratios exactly (2/3 = 12/18)", () => {
    const attempts = [attempt("1", 12, 18, at(5)), attempt("2", 2, 3, at(6)), attempt("3", 1, 3, at(7))];
    expect(selectBestAndLatest(attempts).best?.id).toBe("2");
    expect(selectBestAndLatest([...attempts].reverse()).best?.id).toBe("2");
  });

  it("compares percent, not correct answers, across quizzes of different sizes", () => {
    expect(compareAttempts(attempt("a", 10, 20, at(1)), attempt("b", 6, 10, at(1)))).toBeLessThan(0);
  });

  it("ignores attempts not submitted yet, and has nothing to pick before the first submission", () => {
    expect(selectBestAndLatest([attempt("open", 0, 0, null)])).toEqual({ best: null, latest: null });
    expect(selectBestAndLatest([])).toEqual({ best: null, latest: null });
    const done = attempt("done", 3, 18, at(1));
    expect(selectBestAndLatest([done, attempt("open", 0, 0, null)])).toEqual({ best: done, latest: done });
  });

  it("gives the same answer on the best and latest alone as on the whole history (how the query uses it)", () => {
    const history = Array.from({ length: 30 }, (_, i) => attempt(`a${i}`, (i * 7) % 19, 18, at(i + 1)));
    const { best, latest } = selectBestAndLatest(history);
    expect(selectBestAndLatest([best!, latest!])).toEqual({ best, latest });
    expect(attemptPercent(best!)).toBe(100);
  });

  it("shows percent with one decimal and 0 for an empty attempt", () => {
    expect(attemptPercent({ correctCount: 11, totalCount: 18 })).toBe(61.1);
    expect(attemptPercent({ correctCount: 0, totalCount: 0 })).toBe(0);
  });
});

describe("describeQuestionNumbers", () => {
  it("names one, two or more questions in words", () => {
    expect(describeQuestionNumbers([4])).toBe("question 4");
    expect(describeQuestionNumbers([4, 9])).toBe("questions 4 and 9");
    expect(describeQuestionNumbers([2, 4, 9])).toBe("questions 2, 4 and 9");
  });
});
