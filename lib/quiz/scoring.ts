/**
 * The quiz's rules, pure: shuffling the question order, checking and scoring a submission,
 * the score per sub-skill, and which attempts are the best and the latest. No I/O, no clock,
 * no randomness of its own (the caller injects it), so every rule is unit-tested.
 */
import { quizPercent, type QuizTally } from "@/lib/progress/proficiency";

/** Returns a whole number in [0, maxExclusive). On the server: node's crypto.randomInt. */
export type RandomInt = (maxExclusive: number) => number;

/** Fisher–Yates: every order equally likely when `randomInt` is uniform. Never mutates `items`. */
export function shuffle<T>(items: readonly T[], randomInt: RandomInt): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    if (!Number.isInteger(j) || j < 0 || j > i) throw new RangeError(`randomInt(${i + 1}) returned ${j}`);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** What the server knows about one question of an attempt when it scores it. */
export interface ScorableQuestion {
  id: string;
  subSkillKey: string;
  optionCount: number;
  correctOption: number;
}
export interface CheckedAnswer {
  questionId: string;
  chosenOption: number;
  isCorrect: boolean;
}

export type AnswerCheck =
  | { ok: true; answers: CheckedAnswer[]; correctCount: number; totalCount: number }
  /** Question ids in the attempt's order; `unknown` are answers to questions not in the attempt. */
  | { ok: false; unanswered: string[]; invalidOption: string[]; unknown: string[] };

/**
 * Checks a submission against the attempt's questions (in the attempt's order). Every question
 * must be answered with one of its options: an unanswered question is refused rather than
 * counted wrong, because a learner who missed one by accident should get the chance to answer it.
 */
export function checkAnswers(
  questions: readonly ScorableQuestion[],
  answers: Readonly<Record<string, number>>,
): AnswerCheck {
  const ids = new Set(questions.map((q) => q.id));
  const unknown = Object.keys(answers).filter((id) => !ids.has(id));
  const unanswered: string[] = [];
  const invalidOption: string[] = [];
  const checked: CheckedAnswer[] = [];
  for (const q of questions) {
    const chosen = answers[q.id];
    if (chosen === undefined) unanswered.push(q.id);
    else if (!Number.isInteger(chosen) || chosen < 0 || chosen >= q.optionCount) invalidOption.push(q.id);
    else checked.push({ questionId: q.id, chosenOption: chosen, isCorrect: chosen === q.correctOption });
  }
  if (unknown.length + unanswered.length + invalidOption.length > 0)
    return { ok: false, unanswered, invalidOption, unknown };
  return {
    ok: true,
    answers: checked,
    correctCount: checked.filter((a) => a.isCorrect).length,
    totalCount: checked.length,
  };
}

export interface SubSkillResult extends QuizTally {
  key: string;
  name: string;
  percent: number;
}

/**
 * Correct answers out of answered questions per sub-skill, in the order `subSkills` lists them
 * (the guide's order); sub-skills with no question in the attempt are left out.
 */
export function scoreBySubSkill(
  subSkills: readonly { key: string; name: string }[],
  answers: readonly { subSkillKey: string; isCorrect: boolean }[],
): SubSkillResult[] {
  return subSkills.flatMap(({ key, name }) => {
    const mine = answers.filter((a) => a.subSkillKey === key);
    if (mine.length === 0) return [];
    const tally = { correct: mine.filter((a) => a.isCorrect).length, total: mine.length };
    return [{ key, name, ...tally, percent: quizPercent(tally) ?? 0 }];
  });
}

/** Percent correct with one decimal (0 for an empty attempt): the figure every quiz screen shows. */
export const attemptPercent = (a: { correctCount: number; totalCount: number }): number =>
  quizPercent({ correct: a.correctCount, total: a.totalCount }) ?? 0;

export interface AttemptSummary {
  id: string;
  correctCount: number;
  totalCount: number;
  submittedAt: Date | null;
}

/** Orders submitted attempts by percent correct, compared exactly (2/3 equals 4/6); a tie goes to the later one. */
export function compareAttempts(a: AttemptSummary, b: AttemptSummary): number {
  // Cross-multiplied so equal ratios tie exactly; an empty attempt counts as 0 %.
  const byScore = a.correctCount * Math.max(b.totalCount, 1) - b.correctCount * Math.max(a.totalCount, 1);
  if (byScore !== 0) return byScore;
  return (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0) || a.id.localeCompare(b.id);
}

/**
 * The best (highest percent, ties → the latest) and the latest submitted attempt; attempts not
 * submitted yet are ignored. Correct on any subset of attempts that contains both the best and
 * the latest one, which is how the overview query uses it.
 */
export function selectBestAndLatest<A extends AttemptSummary>(
  attempts: readonly A[],
): { best: A | null; latest: A | null } {
  const submitted = attempts.filter((a) => a.submittedAt !== null);
  const pick = (better: (x: A, y: A) => boolean) =>
    submitted.reduce<A | null>((top, a) => (top === null || better(a, top) ? a : top), null);
  return {
    best: pick((x, y) => compareAttempts(x, y) > 0),
    latest: pick((x, y) => (x.submittedAt!.getTime() - y.submittedAt!.getTime() || x.id.localeCompare(y.id)) > 0),
  };
}

/** "question 4", "questions 4 and 9", "questions 2, 4 and 9" (1-based positions). */
export function describeQuestionNumbers(positions: readonly number[]): string {
  const n = positions.map(String);
  if (n.length <= 1) return `question ${n[0] ?? ""}`.trim();
  return `questions ${n.slice(0, -1).join(", ")} and ${n.at(-1)}`;
}
