import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { QuizOverview } from "@/lib/quiz/queries";
import { attemptPercent } from "@/lib/quiz/scoring";
import { formatInstant, plural } from "@/lib/ui/format";
import { StartAttemptButton } from "./start-attempt-button";

type Highlight = NonNullable<QuizOverview["best"]>;

/** The quiz home: start or continue, best and latest score, and the history of submitted attempts. */
export function QuizOverviewView({ overview, timeZone }: { overview: QuizOverview; timeZone: string }) {
  const { openAttempt, best, latest, questionCount } = overview;
  const primary = openAttempt ? (
    <ButtonLink href={`/quiz/${openAttempt.id}`}>Continue your attempt</ButtonLink>
  ) : (
    <StartAttemptButton label={best ? "Start a new attempt" : "Take the quiz"} />
  );
  return (
    <>
      <PageHeader
        title="Quiz"
        description={`${plural(questionCount, "question")} across the guide's sub-skills, in a new order every attempt. You see the correct answers and explanations after submitting; your best attempt counts toward your level.`}
        actions={primary}
      />
      {openAttempt ? (
        <p className="-mt-4 mb-6 text-sm text-slate-600">
          You started an attempt on {formatInstant(openAttempt.startedAt, timeZone)} and haven&apos;t submitted it yet.
          Continue it to see your score; a retake after that gets a new question order.
        </p>
      ) : null}

      {best && latest ? (
        <>
          <div className="grid gap-4 sm:grid-cols-2">
            <HighlightCard title="Best score" attempt={best} timeZone={timeZone} />
            <HighlightCard title="Latest score" attempt={latest} timeZone={timeZone} />
          </div>
          <HistoryList overview={overview} timeZone={timeZone} />
        </>
      ) : (
        <EmptyState
          title="You haven't taken the quiz yet"
          description="It checks what you know on each sub-skill. Take it whenever you like and as often as you like: retaking never lowers your best score."
        />
      )}
    </>
  );
}

function HighlightCard({ title, attempt, timeZone }: { title: string; attempt: Highlight; timeZone: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{title}</CardTitle>
        <CardDescription>{formatInstant(attempt.submittedAt!, timeZone)}</CardDescription>
      </CardHeader>
      <p className="text-3xl font-bold text-slate-900 tabular-nums">{attemptPercent(attempt)}%</p>
      <p className="mt-1 text-sm text-slate-700">
        {attempt.correctCount} of {attempt.totalCount} correct ·{" "}
        <Link href={`/quiz/${attempt.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
          See answers
        </Link>
      </p>
    </Card>
  );
}

function HistoryList({ overview, timeZone }: { overview: QuizOverview; timeZone: string }) {
  const { history, best, latest, page, pageCount, submittedCount } = overview;
  return (
    <section aria-labelledby="quiz-history" className="mt-10">
      <h2 id="quiz-history" className="mb-1 text-xl font-semibold text-slate-900">
        History
      </h2>
      <p className="mb-4 text-sm text-slate-600">
        {submittedCount} submitted {submittedCount === 1 ? "attempt" : "attempts"}, newest first.
      </p>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="quiz-history">
        {history.map((attempt) => (
          <li key={attempt.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
            <div className="flex min-w-0 flex-col">
              <span className="font-medium text-slate-900">Attempt {attempt.number}</span>
              <span className="text-sm text-slate-600">{formatInstant(attempt.submittedAt, timeZone)}</span>
            </div>
            <div className="flex flex-wrap items-center gap-2">
              {attempt.id === best?.id ? <Badge tone="success">Best</Badge> : null}
              {attempt.id === latest?.id ? <Badge tone="brand">Latest</Badge> : null}
              <span className="text-sm text-slate-800 tabular-nums">
                {attempt.correctCount} of {attempt.totalCount} ·{" "}
                <span className="font-semibold">{attemptPercent(attempt)}%</span>
              </span>
              <Link
                href={`/quiz/${attempt.id}`}
                className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
                aria-label={`View attempt ${attempt.number}`}
              >
                View
              </Link>
            </div>
          </li>
        ))}
      </ul>
      {pageCount > 1 ? (
        <nav aria-label="History pages" className="mt-4 flex items-center justify-between gap-3 text-sm">
          {page > 1 ? (
            <ButtonLink href={`/quiz?page=${page - 1}`} variant="secondary" size="sm">
              Newer
            </ButtonLink>
          ) : (
            <span />
          )}
          <span className="text-slate-600">
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? (
            <ButtonLink href={`/quiz?page=${page + 1}`} variant="secondary" size="sm">
              Older
            </ButtonLink>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </section>
  );
}
