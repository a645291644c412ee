/**
 * The quiz policy's rules, pure: whether a learner may start an attempt (attempt limit,
 * cooldown), what a result page reveals to whom, and which submitted attempts feed the level.
 * No I/O and no clock of its own (the caller passes `now`), so each rule is unit-tested
 * (tests/unit/quiz-policy.test.ts); the SQL in lib/dashboard applies the same counting rule.
 * The defaults and why they make copying answers useless: docs/proficiency.md.
 */
import type { QuizTally } from "@/lib/progress/proficiency";
import { plural } from "@/lib/words";

export type QuizReviewRule = "AFTER_LAST_ATTEMPT" | "AFTER_PASSING" | "NEVER";
export type QuizCountingRule = "BEST" | "LATEST" | "AVERAGE_LAST_N";

/** A guide's quiz policy, as its admin set it (the Guide row's quiz* columns). */
export interface QuizPolicy {
  questionsPerAttempt: number;
  /** 0 = unlimited. */
  maxAttempts: number;
  cooldownHours: number;
  review: QuizReviewRule;
  passPercent: number;
  counting: QuizCountingRule;
  /** N of "average of the last N". */
  averageOf: number;
}

/**
 * The schema's defaults (prisma/schema.prisma), here for tests and docs. Together they make a
 * copied answer worthless: answers are not revealed until the learner passes, the next attempt
 * is a fresh draw that avoids the previous questions, the latest attempt is the one that counts
 * (a worse retake is not discarded) and a day must pass between attempts.
 */
export const DEFAULT_QUIZ_POLICY: QuizPolicy = {
  questionsPerAttempt: 12,
  maxAttempts: 0,
  cooldownHours: 24,
  review: "AFTER_PASSING",
  passPercent: 70,
  counting: "LATEST",
  averageOf: 3,
};

/** The Guide columns that make up its quiz policy (lib/quiz/policy.ts#policyOf). */
export const POLICY_COLUMNS = {
  quizQuestionsPerAttempt: true,
  quizMaxAttempts: true,
  quizCooldownHours: true,
  quizReview: true,
  quizPassPercent: true,
  quizCounting: true,
  quizAverageOf: true,
} as const;

/** The Guide row's columns → the policy. */
export const policyOf = (g: {
  quizQuestionsPerAttempt: number;
  quizMaxAttempts: number;
  quizCooldownHours: number;
  quizReview: QuizReviewRule;
  quizPassPercent: number;
  quizCounting: QuizCountingRule;
  quizAverageOf: number;
}): QuizPolicy => ({
  questionsPerAttempt: g.quizQuestionsPerAttempt,
  maxAttempts: g.quizMaxAttempts,
  cooldownHours: g.quizCooldownHours,
  review: g.quizReview,
  passPercent: g.quizPassPercent,
  counting: g.quizCounting,
  averageOf: g.quizAverageOf,
});

// ─── Starting an attempt ─────────────────────────────────────────────────────

export type StartDecision =
  | { ok: true }
  | { ok: false; reason: "max-attempts"; message: string }
  | { ok: false; reason: "cooldown"; until: Date; message: string };

/**
 * startedCount: every attempt the learner ever started on this guide (an open one is resumed
 * before this is asked, so it is not counted twice); lastSubmittedAt: their latest submission.
 * The message's time is formatted by the caller (`formatUntil`), in the learner's time zone.
 */
export function canStartAttempt(
  policy: QuizPolicy,
  history: { startedCount: number; lastSubmittedAt: Date | null },
  now: Date,
  formatUntil: (at: Date) => string = (at) => at.toISOString(),
): StartDecision {
  if (policy.maxAttempts > 0 && history.startedCount >= policy.maxAttempts)
    return {
      ok: false,
      reason: "max-attempts",
      message: `You have used ${policy.maxAttempts === 1 ? "the one attempt" : `all ${plural(policy.maxAttempts, "attempt")}`} this quiz allows: no more attempts can be started.`,
    };
  if (history.lastSubmittedAt && policy.cooldownHours > 0) {
    const until = new Date(history.lastSubmittedAt.getTime() + policy.cooldownHours * 3_600_000);
    if (now < until)
      return {
        ok: false,
        reason: "cooldown",
        until,
        message: `You can take the quiz again from ${formatUntil(until)}: the quiz asks for ${plural(policy.cooldownHours, "hour")} between attempts.`,
      };
  }
  return { ok: true };
}

/** Attempts left, or null when unlimited. */
export const attemptsLeft = (policy: QuizPolicy, startedCount: number): number | null =>
  policy.maxAttempts === 0 ? null : Math.max(0, policy.maxAttempts - startedCount);

// ─── What a result page reveals ──────────────────────────────────────────────

export type QuizViewer = "learner" | "mentor" | "admin";

/** Whether a tally passes: integer arithmetic, so 7 of 10 is exactly 70 %. */
export const passes = (policy: QuizPolicy, tally: QuizTally): boolean =>
  tally.total > 0 && tally.correct * 100 >= policy.passPercent * tally.total;

/**
 * Whether a submitted attempt's page shows which answers were right (the correct option, the
 * learner's answer marked right or wrong). The score per sub-skill and the explanations are
 * always shown. Admins write the answers, so they always see them; a mentor sees exactly what
 * their mentee sees, so a mentor's screen is never where an answer key leaks from.
 * submittedCount: the learner's submitted attempts; passedEver: any of them passed.
 */
export function revealsAnswers(
  policy: QuizPolicy,
  learner: { submittedCount: number; passedEver: boolean },
  viewer: QuizViewer,
): boolean {
  if (viewer === "admin") return true;
  switch (policy.review) {
    case "NEVER":
      return false;
    case "AFTER_PASSING":
      return learner.passedEver;
    case "AFTER_LAST_ATTEMPT":
      // Unlimited attempts have no last one: then the answers are never shown.
      return policy.maxAttempts > 0 && learner.submittedCount >= policy.maxAttempts;
  }
}

/** The sentence a result page shows where the answers would be, when they are hidden. */
export function hiddenAnswersNote(policy: QuizPolicy): string {
  switch (policy.review) {
    case "NEVER":
      return "This quiz never shows which answers were right: the score per sub-skill and the explanations are your feedback.";
    case "AFTER_PASSING":
      return `Which answers were right is shown once you pass the quiz (${policy.passPercent}% or more).`;
    case "AFTER_LAST_ATTEMPT":
      return policy.maxAttempts > 0
        ? `Which answers were right is shown after your last attempt (${plural(policy.maxAttempts, "attempt")} in all).`
        : "This quiz allows unlimited attempts, so it never shows which answers were right.";
  }
}

// ─── Which attempts feed the level ───────────────────────────────────────────

export interface CountableAttempt extends QuizTally {
  id: string;
  submittedAt: Date;
}

const newestFirst = (a: CountableAttempt, b: CountableAttempt) =>
  b.submittedAt.getTime() - a.submittedAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * The submitted attempts the counting rule takes: BEST → the highest percent (compared exactly;
 * ties → the latest), LATEST → the latest, AVERAGE_LAST_N → the latest N. The SQL of
 * lib/dashboard/queries.ts (loadQuiz) selects the same rows.
 */
export function countedAttempts<A extends CountableAttempt>(policy: QuizPolicy, attempts: readonly A[]): A[] {
  const sorted = attempts.filter((a) => a.total > 0).sort(newestFirst);
  if (sorted.length === 0) return [];
  switch (policy.counting) {
    case "LATEST":
      return sorted.slice(0, 1);
    case "AVERAGE_LAST_N":
      return sorted.slice(0, policy.averageOf);
    case "BEST":
      // Cross-multiplied so equal ratios tie exactly; `sorted` is newest first, so a tie keeps the latest.
      return [sorted.reduce((top, a) => (a.correct * top.total > top.correct * a.total ? a : top))];
  }
}

/**
 * The tally that feeds the level: the counted attempts' correct answers over their questions
 * (for one attempt, its own score; for the last N, their answers pooled, which is the mean of
 * their percents when each attempt has the same number of questions). Null when none.
 */
export function countedTally(attempts: readonly QuizTally[]): QuizTally | null {
  if (attempts.length === 0) return null;
  return attempts.reduce((sum, a) => ({ correct: sum.correct + a.correct, total: sum.total + a.total }), {
    correct: 0,
    total: 0,
  });
}

/** The counting rule in words, for the dashboard and the quiz page ("your latest attempt"). */
export function describeCounting(policy: Pick<QuizPolicy, "counting" | "averageOf">): string {
  switch (policy.counting) {
    case "BEST":
      return "your best attempt";
    case "LATEST":
      return "your latest attempt";
    case "AVERAGE_LAST_N":
      return `your last ${policy.averageOf} attempts together`;
  }
}
