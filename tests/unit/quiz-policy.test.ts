import { describe, expect, it } from "vitest";
import {
  DEFAULT_QUIZ_POLICY,
  attemptsLeft,
  canStartAttempt,
  countedAttempts,
  countedTally,
  describeCounting,
  hiddenAnswersNote,
  passes,
  revealsAnswers,
  type QuizPolicy,
} from "@/lib/quiz/policy";

const policy = (p: Partial<QuizPolicy> = {}): QuizPolicy => ({ ...DEFAULT_QUIZ_POLICY, ...p });
const now = new Date("2026-12-05T12:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

describe("canStartAttempt", () => {
  it("lets a learner with no attempts start", () => {
    expect(canStartAttempt(policy(), { startedCount: 0, lastSubmittedAt: null }, now)).toEqual({ ok: true });
  });

  it("refuses once every allowed attempt was started; 0 means unlimited", () => {
    const limited = policy({ maxAttempts: 2, cooldownHours: 0 });
    expect(canStartAttempt(limited, { startedCount: 1, lastSubmittedAt: hoursAgo(1) }, now).ok).toBe(true);
    const refused = canStartAttempt(limited, { startedCount: 2, lastSubmittedAt: hoursAgo(1) }, now);
    expect(refused).toMatchObject({ ok: false, reason: "max-attempts" });
    expect(!refused.ok && refused.message).toBe(
      "You have used all 2 attempts this quiz allows: no more attempts can be started.",
    );
    const once = canStartAttempt(policy({ maxAttempts: 1 }), { startedCount: 1, lastSubmittedAt: null }, now);
    expect(!once.ok && once.message).toBe(
      "You have used the one attempt this quiz allows: no more attempts can be started.",
    );
    expect(
      canStartAttempt(policy({ maxAttempts: 0, cooldownHours: 0 }), { startedCount: 500, lastSubmittedAt: null }, now)
        .ok,
    ).toBe(true);
  });

  it("refuses during the cooldown, saying until when, and allows it from that instant", () => {
    const p = policy({ cooldownHours: 24 });
    const refused = canStartAttempt(p, { startedCount: 1, lastSubmittedAt: hoursAgo(23) }, now, () => "13:00");
    expect(refused).toMatchObject({ ok: false, reason: "cooldown", until: new Date("2026-12-05T13:00:00Z") });
    expect(!refused.ok && refused.message).toBe(
      "You can take the quiz again from 13:00: the quiz asks for 24 hours between attempts.",
    );
    expect(canStartAttempt(p, { startedCount: 1, lastSubmittedAt: hoursAgo(24) }, now).ok).toBe(true);
    expect(canStartAttempt(policy({ cooldownHours: 0 }), { startedCount: 1, lastSubmittedAt: now }, now).ok).toBe(true);
  });

  it("counts attempts left", () => {
    expect(attemptsLeft(policy({ maxAttempts: 3 }), 1)).toBe(2);
    expect(attemptsLeft(policy({ maxAttempts: 3 }), 5)).toBe(0);
    expect(attemptsLeft(policy({ maxAttempts: 0 }), 5)).toBeNull();
  });
});

describe("revealsAnswers", () => {
  const learner = (submittedCount: number, passedEver = false) => ({ submittedCount, passedEver });

  it("after the last attempt: hidden before it, shown from it; never with unlimited attempts", () => {
    const p = policy({ review: "AFTER_LAST_ATTEMPT", maxAttempts: 2 });
    expect(revealsAnswers(p, learner(1), "learner")).toBe(false);
    expect(revealsAnswers(p, learner(2), "learner")).toBe(true);
    expect(revealsAnswers(policy({ review: "AFTER_LAST_ATTEMPT", maxAttempts: 0 }), learner(40, true), "learner")).toBe(
      false,
    );
  });

  it("after passing: shown once any attempt passed", () => {
    const p = policy({ review: "AFTER_PASSING" });
    expect(revealsAnswers(p, learner(3, false), "learner")).toBe(false);
    expect(revealsAnswers(p, learner(3, true), "learner")).toBe(true);
  });

  it("never: hidden from the learner whatever happened", () => {
    expect(revealsAnswers(policy({ review: "NEVER", maxAttempts: 1 }), learner(1, true), "learner")).toBe(false);
  });

  it("a mentor sees what the learner sees; an admin always sees the answers", () => {
    for (const review of ["AFTER_LAST_ATTEMPT", "AFTER_PASSING", "NEVER"] as const) {
      const p = policy({ review, maxAttempts: 2 });
      for (const l of [learner(1), learner(2, true)]) {
        expect(revealsAnswers(p, l, "mentor")).toBe(revealsAnswers(p, l, "learner"));
        expect(revealsAnswers(p, l, "admin")).toBe(true);
      }
    }
  });

  it("says why the answers are hidden", () => {
    expect(hiddenAnswersNote(policy({ review: "AFTER_PASSING", passPercent: 70 }))).toBe(
      "Which answers were right is shown once you pass the quiz (70% or more).",
    );
    expect(hiddenAnswersNote(policy({ review: "AFTER_LAST_ATTEMPT", maxAttempts: 2 }))).toContain(
      "after your last attempt",
    );
  });

  it("passes with exact integer arithmetic", () => {
    expect(passes(policy({ passPercent: 70 }), { correct: 7, total: 10 })).toBe(true);
    expect(passes(policy({ passPercent: 70 }), { correct: 8, total: 12 })).toBe(false);
    expect(passes(policy(), { correct: 0, total: 0 })).toBe(false);
  });
});

describe("counting rule", () => {
  const at = (h: number) => new Date(Date.UTC(2026, 11, 1, h));
  const attempts = [
    { id: "a", correct: 2, total: 12, submittedAt: at(1) },
    { id: "b", correct: 12, total: 12, submittedAt: at(2) },
    { id: "c", correct: 6, total: 12, submittedAt: at(3) },
    { id: "d", correct: 3, total: 12, submittedAt: at(4) },
  ];
  const ids = (p: Partial<QuizPolicy>) => countedAttempts(policy(p), attempts).map((a) => a.id);

  it("latest (the default) takes the last submitted attempt, even when it is worse", () => {
    expect(DEFAULT_QUIZ_POLICY.counting).toBe("LATEST");
    expect(ids({})).toEqual(["d"]);
  });

  it("best takes the highest percent, a tie going to the later attempt", () => {
    expect(ids({ counting: "BEST" })).toEqual(["b"]);
    const tied = [
      { id: "x", correct: 2, total: 3, submittedAt: at(1) },
      { id: "y", correct: 4, total: 6, submittedAt: at(2) },
    ];
    expect(countedAttempts(policy({ counting: "BEST" }), tied).map((a) => a.id)).toEqual(["y"]);
  });

  it("average of the last N takes the N latest and pools their answers", () => {
    expect(ids({ counting: "AVERAGE_LAST_N", averageOf: 3 })).toEqual(["d", "c", "b"]);
    expect(countedTally(countedAttempts(policy({ counting: "AVERAGE_LAST_N", averageOf: 3 }), attempts))).toEqual({
      correct: 21,
      total: 36,
    });
    expect(ids({ counting: "AVERAGE_LAST_N", averageOf: 10 })).toHaveLength(4);
  });

  it("counts nothing before the first submission", () => {
    expect(countedAttempts(policy(), [])).toEqual([]);
    expect(countedTally([])).toBeNull();
  });

  it("says the rule in words", () => {
    expect(describeCounting(policy())).toBe("your latest attempt");
    expect(describeCounting(policy({ counting: "AVERAGE_LAST_N", averageOf: 3 }))).toBe(
      "your last 3 attempts together",
    );
  });
});
