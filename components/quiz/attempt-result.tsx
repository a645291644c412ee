import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { AttemptHeader } from "@/components/quiz/attempt-header";
import type { AttemptResult } from "@/lib/quiz/queries";
import { attemptPercent } from "@/lib/quiz/scoring";
import { cn } from "@/lib/ui/cn";
import { formatInstant } from "@/lib/ui/format";
import { StartAttemptButton } from "./start-attempt-button";

/**
 * A submitted attempt: the score, the score per sub-skill, then every question with its
 * explanation; which answers were right only when the quiz policy reveals them (the result
 * then holds `review` per question; otherwise it holds no answer key at all).
 * countedAs: the counting rule in words; canRetake: the policy allows starting another now.
 */
export function AttemptResultView({
  result,
  timeZone,
  countedAs,
  canRetake,
}: {
  result: AttemptResult;
  timeZone: string;
  countedAs: string;
  canRetake: boolean;
}) {
  const percent = attemptPercent(result);
  return (
    <>
      <AttemptHeader
        title={`Attempt ${result.number}: your result`}
        description={`Submitted ${formatInstant(result.submittedAt, timeZone)}.`}
        actions={
          <>
            <ButtonLink href="/quiz" variant="secondary">
              All attempts
            </ButtonLink>
            {canRetake ? <StartAttemptButton label="Retake the quiz" /> : null}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:self-start">
          <CardHeader>
            <CardTitle>Score</CardTitle>
          </CardHeader>
          <p className="text-4xl font-bold tracking-tight text-slate-900 tabular-nums" data-testid="quiz-score">
            {percent}%
          </p>
          <p className="mt-1 text-slate-700">
            {result.correctCount} of {result.totalCount} correct
          </p>
          <ProgressBar
            className="mt-4"
            value={result.correctCount}
            max={result.totalCount}
            label="Score"
            hideLabel
            valueText={`${result.correctCount} of ${result.totalCount} correct`}
          />
        </Card>
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>Score per sub-skill</CardTitle>
            <CardDescription>
              {countedAs.charAt(0).toUpperCase() + countedAs.slice(1)} counts as quiz evidence for each sub-skill&apos;s
              score.
            </CardDescription>
          </CardHeader>
          <ul className="flex flex-col gap-4" aria-label="Score per sub-skill">
            {result.bySubSkill.map((s) => (
              <li key={s.key}>
                <ProgressBar
                  value={s.correct}
                  max={s.total}
                  label={s.name}
                  valueText={`${s.correct} of ${s.total} · ${s.percent}%`}
                />
              </li>
            ))}
          </ul>
        </Card>
      </div>

      {result.archivedDuringAttempt > 0 ? (
        <p className="mt-6 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700" role="note">
          {result.archivedDuringAttempt === 1 ? "One question" : `${result.archivedDuringAttempt} questions`} of this
          attempt {result.archivedDuringAttempt === 1 ? "was" : "were"} archived by an admin while you were taking it.
          The attempt is scored on the questions it had, as you answered them.
        </p>
      ) : null}
      <h2 className="mt-10 mb-4 text-xl font-semibold text-slate-900">Questions and explanations</h2>
      {result.hiddenAnswersNote ? (
        <p className="-mt-2 mb-4 text-sm text-slate-700" data-testid="answers-hidden">
          {result.hiddenAnswersNote}
        </p>
      ) : null}
      <ol className="flex flex-col gap-4">
        {result.questions.map((q, index) => (
          <li key={q.id}>
            <Card>
              <div className="mb-3 flex flex-wrap items-center gap-2">
                <span className="text-sm font-medium text-brand-700">Question {index + 1}</span>
                {q.review ? (
                  <Badge tone={q.review.isCorrect ? "success" : "danger"}>
                    {q.review.isCorrect ? "Correct" : "Incorrect"}
                  </Badge>
                ) : null}
                {q.fromGuide ? <Badge tone="accent">From the guide</Badge> : null}
                <span className="text-sm text-slate-600">{q.subSkill.name}</span>
              </div>
              <h3 className="font-medium text-slate-900">{q.prompt}</h3>
              {q.review ? (
                <ReviewedOptions options={q.options} review={q.review} />
              ) : (
                <PlainOptions options={q.options} />
              )}
              <div className="mt-4 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700">
                <p className="font-medium text-slate-900">Explanation</p>
                <p className="mt-1">{q.explanation}</p>
              </div>
            </Card>
          </li>
        ))}
      </ol>
    </>
  );
}

type Review = NonNullable<AttemptResult["questions"][number]["review"]>;

function ReviewedOptions({ options, review }: { options: string[]; review: Review }) {
  return (
    <ul className="mt-3 flex flex-col gap-2">
      {options.map((option, i) => {
        const correct = i === review.correctOption;
        const chosen = i === review.chosenOption;
        return (
          <li
            key={i}
            className={cn(
              "flex flex-wrap items-start justify-between gap-2 rounded-md border px-3 py-2 text-sm",
              correct ? "border-green-300 bg-green-50" : chosen ? "border-red-300 bg-red-50" : "border-slate-200",
            )}
          >
            <span className="min-w-0 break-words text-slate-800">{option}</span>
            {/* Text, not only colour, says which option is which. */}
            <span className="flex shrink-0 gap-1.5">
              {chosen ? <Badge tone={correct ? "success" : "danger"}>Your answer</Badge> : null}
              {correct ? <Badge tone="success">Correct answer</Badge> : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** The options as they were offered, none marked: the policy does not reveal the answers yet. */
function PlainOptions({ options }: { options: string[] }) {
  return (
    <ul className="mt-3 flex flex-col gap-2">
      {options.map((option, i) => (
        <li key={i} className="rounded-md border border-slate-200 px-3 py-2 text-sm break-words text-slate-800">
          {option}
        </li>
      ))}
    </ul>
  );
}
