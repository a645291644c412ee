import { Badge } from "@/components/ui/badge";
import { BackLink } from "@/components/ui/back-link";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { MenteeAttempt } from "@/lib/quiz/staff";
import { attemptPercent } from "@/lib/quiz/scoring";
import { cn } from "@/lib/ui/cn";
import { formatInstant } from "@/lib/ui/format";

/**
 * A mentee's submitted attempt, for their mentor or an admin: the score, the score per
 * sub-skill, then every question with the learner's answer marked right or wrong (lib/quiz/staff.ts
 * says when the correct option of a wrong answer is shown). Read-only.
 */
export function MenteeAttemptView({
  attempt,
  learnerName,
  timeZone,
}: {
  attempt: MenteeAttempt;
  learnerName: string;
  timeZone: string;
}) {
  const backHref = `/mentor/mentees/${encodeURIComponent(attempt.learnerId)}`;
  return (
    <>
      <BackLink href={backHref}>{learnerName}</BackLink>
      <PageHeader
        eyebrow={learnerName}
        title={`Quiz attempt ${attempt.number}`}
        description={`Submitted ${formatInstant(attempt.submittedAt, timeZone)}: ${attempt.correctCount} of ${attempt.totalCount} correct (${attemptPercent(attempt)}%).`}
      />
      <Card>
        <CardHeader>
          <CardTitle>Score per sub-skill</CardTitle>
        </CardHeader>
        <ul className="flex flex-col gap-4" aria-label="Score per sub-skill">
          {attempt.bySubSkill.map((s) => (
            <li key={s.key}>
              <ProgressBar value={s.correct} max={s.total} label={s.name} valueText={`${s.correct} of ${s.total}`} />
            </li>
          ))}
        </ul>
      </Card>
      {attempt.archivedDuringAttempt > 0 ? (
        <p className="mt-6 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700" role="note">
          {attempt.archivedDuringAttempt} of its questions {attempt.archivedDuringAttempt === 1 ? "was" : "were"}{" "}
          archived while the attempt was open; it is scored on the questions it had.
        </p>
      ) : null}
      <h2 className="mt-10 mb-2 text-xl font-semibold text-slate-900">Questions and answers</h2>
      {attempt.hiddenAnswersNote ? (
        <p className="mb-4 text-sm text-slate-700" data-testid="answer-key-note">
          The learner&apos;s answers are marked right or wrong. Where an answer was wrong, the correct option is hidden
          by the quiz&apos;s review policy, as it is from the learner.
        </p>
      ) : null}
      <ol className="flex flex-col gap-4" data-testid="mentee-attempt-questions">
        {attempt.questions.map((q, index) => (
          <li key={q.id}>
            <Card>
              <div className="mb-3 flex flex-wrap items-center gap-2">
                <span className="text-sm font-medium text-brand-700">Question {index + 1}</span>
                <Badge tone={q.answer.isCorrect ? "success" : "danger"}>
                  {q.answer.isCorrect ? "Correct" : q.answer.chosenOption === null ? "Not answered" : "Incorrect"}
                </Badge>
                <span className="text-sm text-slate-600">{q.subSkill.name}</span>
              </div>
              <h3 className="font-medium text-slate-900">{q.prompt}</h3>
              <ul className="mt-3 flex flex-col gap-2">
                {q.options.map((option, i) => {
                  const chosen = i === q.answer.chosenOption;
                  const correct = i === q.answer.correctOption;
                  return (
                    <li
                      key={i}
                      className={cn(
                        "flex flex-wrap items-start justify-between gap-2 rounded-md border px-3 py-2 text-sm",
                        correct
                          ? "border-green-300 bg-green-50"
                          : chosen
                            ? "border-red-300 bg-red-50"
                            : "border-slate-200",
                      )}
                    >
                      <span className="min-w-0 break-words text-slate-800">{option}</span>
                      <span className="flex shrink-0 gap-1.5">
                        {chosen ? (
                          <Badge tone={q.answer.isCorrect ? "success" : "danger"}>Learner&apos;s answer</Badge>
                        ) : null}
                        {correct ? <Badge tone="success">Correct answer</Badge> : null}
                      </span>
                    </li>
                  );
                })}
              </ul>
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
