import { Badge } from "@/components/ui/badge";
import { RegionCard } from "@/components/dashboard/region-card";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { LearnerProgress } from "@/lib/dashboard/evidence";
import { formatMinutes } from "@/lib/progress/path";
import { formatDecimalHours, plural } from "@/lib/ui/format";

/** Total hours against the path (its phases' estimates), then each active phase against its own. */
export function HoursOverview({ progress, className }: { progress: LearnerProgress; className?: string }) {
  const { total, phases, pathTotalHours, archivedPhaseMinutes } = progress;
  return (
    <RegionCard
      className={className}
      id="hours"
      title="Hours"
      description={<>Logged time against the path&apos;s estimates.</>}
    >
      <p className="text-3xl font-bold tracking-tight text-slate-900 tabular-nums" data-testid="total-hours">
        {formatDecimalHours(total.loggedMinutes)}{" "}
        <span className="text-lg font-medium text-slate-600">of {pathTotalHours} h</span>
      </p>
      <ProgressBar
        className="mt-3"
        label="Path total"
        value={total.cappedPercent}
        valueText={`${formatMinutes(total.loggedMinutes)} of ${pathTotalHours} h (${total.percent}%)`}
      />
      {total.isOver ? (
        <p className="mt-2 text-sm text-slate-600">
          {formatMinutes(total.overMinutes)} beyond the path&apos;s estimate.
        </p>
      ) : null}

      <h3 className="mt-6 text-sm font-semibold text-slate-900">By phase</h3>
      <ol className="mt-3 flex flex-col gap-5">
        {phases.map((phase) => (
          <li key={phase.key} className="flex flex-col gap-1.5">
            <ProgressBar
              tone="accent"
              label={`Phase ${phase.position}: ${phase.title}`}
              value={phase.cappedPercent}
              valueText={`${formatMinutes(phase.loggedMinutes)} of ${phase.targetMinutes / 60} h`}
            />
            <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
              <span>
                {phase.deliverablesApproved} of {plural(phase.deliverablesTotal, "deliverable")} approved
              </span>
              {phase.isPhaseComplete ? <Badge tone="success">Complete</Badge> : null}
              {phase.isOver ? <span>· {formatMinutes(phase.overMinutes)} over the estimate</span> : null}
            </p>
          </li>
        ))}
      </ol>
      {archivedPhaseMinutes > 0 ? (
        <p className="mt-4 text-sm text-slate-600">
          {formatMinutes(archivedPhaseMinutes)} logged on phases that have since been retired still count toward your
          total.
        </p>
      ) : null}
    </RegionCard>
  );
}
