import { Card } from "@/components/ui/card";
import type { GuideOverview } from "@/lib/guides/queries";
import { countOf, plural } from "@/lib/ui/format";

/** The path's phases in order, each sized by its share of the total hours. */
export function PhaseTimeline({ phases, totalHours }: Pick<GuideOverview, "phases" | "totalHours">) {
  return (
    <section aria-labelledby="phases-heading" className="flex flex-col gap-4">
      <h2 id="phases-heading" className="text-xl font-semibold text-slate-900">
        The learning path · {totalHours} hours
      </h2>
      <div aria-hidden="true" className="flex h-3 w-full overflow-hidden rounded-full" data-testid="path-bar">
        {phases.map((phase, i) => (
          <div
            key={phase.id}
            data-testid="path-segment"
            className={["bg-brand-400", "bg-brand-600", "bg-brand-800"][i % 3]}
            style={{ width: `${(phase.estimatedHours / Math.max(totalHours, 1)) * 100}%` }}
          />
        ))}
      </div>
      <ol className="grid gap-4 md:grid-cols-3">
        {phases.map((phase, i) => (
          <li key={phase.id}>
            <Card className="flex h-full flex-col gap-3">
              <div className="flex items-baseline justify-between gap-2">
                <span className="text-sm font-medium text-brand-700">Phase {i + 1}</span>
                <span className="text-sm font-semibold text-slate-900 tabular-nums" data-testid="phase-hours">
                  {phase.estimatedHours} h
                </span>
              </div>
              <h3 className="text-lg font-semibold text-slate-900">{phase.title}</h3>
              <p className="text-sm text-slate-600">{phase.summary}</p>
              <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
                {phase.goals.map((goal) => (
                  <li key={goal}>{goal}</li>
                ))}
              </ul>
              <p className="mt-auto text-xs text-slate-500">
                {countOf(phase._count.checklistItems, "topic or action", "topics and actions")} ·{" "}
                {plural(phase._count.deliverables, "deliverable")}
              </p>
            </Card>
          </li>
        ))}
      </ol>
    </section>
  );
}
