import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import type { MenteeQuizHistory } from "@/lib/quiz/staff";
import { attemptPercent } from "@/lib/quiz/scoring";
import { formatInstant } from "@/lib/ui/format";

/** A mentee's submitted quiz attempts on their progress page, each opening the staff view of it. */
export function MenteeQuizHistoryCard({
  learnerId,
  history,
  timeZone,
}: {
  learnerId: string;
  history: MenteeQuizHistory;
  timeZone: string;
}) {
  const base = `/mentor/mentees/${encodeURIComponent(learnerId)}`;
  return (
    <Card className="mt-8" data-testid="mentee-quiz-history">
      <CardHeader>
        <CardTitle as="h2">Quiz attempts</CardTitle>
        <CardDescription>Each attempt with the learner&apos;s answers, marked right or wrong.</CardDescription>
      </CardHeader>
      {history.submittedCount === 0 ? (
        <EmptyState title="No quiz attempts yet" description="Submitted attempts will be listed here." />
      ) : (
        <>
          <ul className="divide-y divide-slate-200">
            {history.history.map((attempt) => (
              <li key={attempt.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-3">
                <div className="flex min-w-0 flex-col">
                  <span className="font-medium text-slate-900">Attempt {attempt.number}</span>
                  <span className="text-sm text-slate-600">{formatInstant(attempt.submittedAt, timeZone)}</span>
                </div>
                <div className="flex flex-wrap items-center gap-2">
                  {attempt.id === history.best?.id ? <Badge tone="success">Best</Badge> : null}
                  {attempt.id === history.latest?.id ? <Badge tone="brand">Latest</Badge> : null}
                  <span className="text-sm text-slate-800 tabular-nums">
                    {attempt.correctCount} of {attempt.totalCount} · {attemptPercent(attempt)}%
                  </span>
                  <Link
                    href={`${base}/quiz/${encodeURIComponent(attempt.id)}`}
                    className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
                  >
                    View attempt {attempt.number}
                  </Link>
                </div>
              </li>
            ))}
          </ul>
          <Pagination
            page={history.page}
            pageCount={history.pageCount}
            hrefFor={(page) => `${base}?quizPage=${page}`}
          />
        </>
      )}
    </Card>
  );
}
