import { bulletText, isBullet, type Line } from "@/lib/guides/format/text/lines";
import { isIntroduction, reportIgnored } from "@/lib/guides/format/text/items";
import type { Warn } from "@/lib/guides/format/warnings";

const QUESTION = /^Q(\d+)\s*[:.)]\s*(.+)$/i;
const OPTION = /^[A-D]\s*[).:]\s*(.+)$/;

export type QuizDraft = { prompt: string; options?: string[] };

/**
 * "Q1: …" lines are the quiz prompts. The page shows no options; a copy that has "A) …"
 * lines under a prompt keeps them when there are exactly four.
 */
export function readQuiz(lines: Line[], warn: Warn): QuizDraft[] {
  const questions: Array<{ prompt: string; options: string[] }> = [];
  const stray: Line[] = [];
  for (const line of lines) {
    const question = QUESTION.exec(line.text);
    const option = OPTION.exec(isBullet(line) ? bulletText(line) : line.text);
    if (question) questions.push({ prompt: question[2]!.trim(), options: [] });
    else if (option && questions.length > 0) questions.at(-1)!.options.push(option[1]!.trim());
    else if (!isIntroduction(line)) stray.push(line);
  }
  reportIgnored(stray, "quizQuestions", warn);
  return questions.map(({ prompt, options }, index) => {
    if (options.length === 0) return { prompt };
    if (options.length === 4) return { prompt, options };
    warn({
      kind: "ignoredText",
      path: `quizQuestions[${index}].options`,
      message: `${options.length} options found where 4 are expected; they are left out`,
    });
    return { prompt };
  });
}

export type FaqDraft = { question?: string; answer?: string };

/**
 * A question line ends with "?" and its answer follows. The copied page keeps only the
 * answers of collapsed questions: such an answer is kept without its question, with a warning.
 */
export function readFaq(lines: Line[], warn: Warn): FaqDraft[] {
  const entries: Array<{ question?: string; answer: string[] }> = [];
  for (const line of lines.filter((l) => !isIntroduction(l))) {
    const text = bulletText(line);
    const last = entries.at(-1);
    if (text.endsWith("?")) entries.push({ question: text, answer: [] });
    else if (last?.question !== undefined) last.answer.push(text);
    else entries.push({ answer: [text] });
  }
  const faq: FaqDraft[] = [];
  for (const { question, answer } of entries) {
    const path = `faq[${faq.length}]`;
    if (answer.length === 0) {
      warn({ kind: "missingField", path, message: `The question "${question}" has no answer and is left out` });
      continue;
    }
    if (question === undefined) {
      warn({ kind: "missingField", path: `${path}.question`, message: "An answer without its question" });
    }
    faq.push({ question, answer: answer.join("\n\n") });
  }
  return faq;
}
