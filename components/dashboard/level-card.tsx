import Link from "next/link";
import { RegionCard } from "@/components/dashboard/region-card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { cn } from "@/lib/ui/cn";
import type { DashboardCardProps } from "./card-props";

/** The learner's level, readiness toward the next, and the two numbers that drive it most. */
export function LevelCard({ progress, readOnly, className }: DashboardCardProps) {
  const { assessment } = progress.explanation;
  const { level, nextLevel, readinessPercent, overallScore } = assessment;
  const { counted, latest, attempts, countedAs } = progress.quiz;
  return (
    <RegionCard id="level" title="Level" className={cn("flex flex-col gap-4", className)} headerClassName="mb-0">
      <div>
        <p className="text-3xl font-bold tracking-tight text-brand-800" data-testid="current-level">
          {level?.name ?? "Not placed yet"}
        </p>
        {level ? (
          <p className="mt-1 text-sm text-slate-600">{progress.levels.find((l) => l.key === level.key)?.summary}</p>
        ) : null}
      </div>
      {nextLevel && readinessPercent !== null ? (
        <ProgressBar
          label={`Readiness for ${nextLevel.name}`}
          value={readinessPercent}
          valueText={`${readinessPercent}%`}
        />
      ) : (
        <p className="text-sm font-medium text-slate-800">You have reached the top level of this path.</p>
      )}
      <dl className="grid grid-cols-2 gap-3 text-sm">
        <div className="rounded-md bg-slate-50 p-3">
          <dt className="text-slate-600">Overall score</dt>
          <dd className="text-lg font-semibold text-slate-900 tabular-nums">
            {overallScore} <span className="text-sm font-normal text-slate-600">/ 100</span>
          </dd>
        </div>
        <div className="rounded-md bg-slate-50 p-3">
          <dt className="text-slate-600">Quiz (counted)</dt>
          <dd className="text-lg font-semibold text-slate-900 tabular-nums" data-testid="counted-quiz">
            {counted ? `${counted.percent}%` : "–"}
            {counted ? (
              <span className="block text-sm font-normal text-slate-600">
                {counted.correct} of {counted.total}
              </span>
            ) : null}
          </dd>
        </div>
      </dl>
      {counted && latest ? (
        <p className="text-sm text-slate-600" data-testid="quiz-counting-rule">
          Counted toward your level: {countedAs} (the guide&apos;s quiz policy). Latest attempt: {latest.percent}% (
          {latest.correct} of {latest.total}) · {attempts} {attempts === 1 ? "attempt" : "attempts"}
        </p>
      ) : (
        <p className="text-sm text-slate-600">
          {readOnly
            ? "No quiz attempt yet."
            : `You haven't taken the quiz yet: ${countedAs} will count toward your level.`}{" "}
          {readOnly ? null : (
            <Link href="/quiz" className="font-medium text-brand-800 underline underline-offset-2">
              Take the quiz
            </Link>
          )}
        </p>
      )}
    </RegionCard>
  );
}
