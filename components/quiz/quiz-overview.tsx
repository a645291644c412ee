import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { describeCounting } from "@/lib/quiz/policy";
import type { QuizOverview } from "@/lib/quiz/queries";
import { attemptPercent } from "@/lib/quiz/scoring";
import { formatInstant, plural } from "@/lib/ui/format";
import { StartAttemptButton } from "./start-attempt-button";

type Highlight = NonNullable<QuizOverview["best"]>;

/** The quiz home: the policy, start or continue (or why not now), best and latest score, and the history. */
export function QuizOverviewView({ overview, timeZone }: { overview: QuizOverview; timeZone: string }) {
  const { openAttempt, best, latest, policy, start } = overview;
  const primary = openAttempt ? (
    <ButtonLink href={`/quiz/${openAttempt.id}`}>Continue your attempt</ButtonLink>
  ) : start.ok ? (
    <StartAttemptButton label={best ? "Start a new attempt" : "Take the quiz"} />
  ) : null;
  return (
    <>
      <PageHeader title="Quiz" description={policySummary(overview)} actions={primary} />
      {!start.ok ? (
        <p
          role="status"
          data-testid="quiz-start-refused"
          className="-mt-4 mb-6 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {start.reason === "cooldown"
            ? `You can take the quiz again from ${formatInstant(start.until, timeZone)}: the quiz asks for ${plural(policy.cooldownHours, "hour")} between attempts.`
            : start.message}
        </p>
      ) : null}
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
          description={`It checks what you know on each sub-skill. ${capitalize(describeCounting(policy))} counts toward your level.`}
        />
      )}
    </>
  );
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The policy in two sentences: what an attempt is, what counts, when answers are shown, how often. */
function policySummary({ policy, attemptsLeft: left }: QuizOverview): string {
  const attempts =
    left === null ? "Unlimited attempts" : `${plural(policy.maxAttempts, "attempt")} in all (${left} left)`;
  const cooldown = policy.cooldownHours > 0 ? `, at least ${plural(policy.cooldownHours, "hour")} apart` : "";
  const review =
    policy.review === "NEVER"
      ? "The result shows your score per sub-skill and the explanations, never the right answers."
      : policy.review === "AFTER_PASSING"
        ? `The result shows your score per sub-skill and the explanations; which answers were right once you pass (${policy.passPercent}%).`
        : "The result shows your score per sub-skill and the explanations; which answers were right after your last attempt.";
  return `Each attempt draws ${plural(policy.questionsPerAttempt, "question")} afresh from the question bank, across the guide's sub-skills. ${attempts}${cooldown}. ${review} ${capitalize(describeCounting(policy))} counts toward your level.`;
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
          See result
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
