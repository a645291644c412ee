import { RegionCard } from "@/components/dashboard/region-card";
import { cn } from "@/lib/ui/cn";
import type { LearnerProgress } from "@/lib/dashboard/evidence";
import { PACE_WINDOW_WEEKS } from "@/lib/progress/pace";
import { formatIsoDate, plural } from "@/lib/ui/format";
import { ProjectionText } from "./projection-text";
import { WhatIfControl } from "./what-if-control";

/** A week of study most learners can sustain: where the what-if starts before there is a pace. */
const DEFAULT_WHAT_IF_HOURS = 10;

/** Pace over the last weeks and when the current phase and the path finish at that pace. */
export function PaceCard({ progress, className }: { progress: LearnerProgress; className?: string }) {
  const { pace, projections, total } = progress;
  const current = projections.currentPhase;
  const fullWindow = pace.windowDays === PACE_WINDOW_WEEKS * 7;
  const phaseLabel = current ? `Phase ${current.phase.position}: ${current.phase.title}` : null;
  const pendingDeliverables = current ? current.phase.deliverablesTotal - current.phase.deliverablesApproved : 0;
  return (
    <RegionCard
      id="pace"
      title="Pace and projections"
      description={
        <>
          {fullWindow ? `Over the last ${PACE_WINDOW_WEEKS} weeks` : `Over ${plural(pace.windowDays, "day")}`} (
          {formatIsoDate(pace.windowStart)} to {formatIsoDate(pace.windowEnd)}).
        </>
      }
      className={cn("flex flex-col gap-4", className)}
      headerClassName="mb-0"
    >
      <p className="text-3xl font-bold tracking-tight text-slate-900 tabular-nums" data-testid="pace">
        {pace.hoursPerWeek} h <span className="text-lg font-medium text-slate-600">per week</span>
      </p>
      <dl className="flex flex-col gap-3 text-sm">
        {current && phaseLabel ? (
          <div>
            <dt className="text-slate-600">Current phase: {phaseLabel}</dt>
            <dd>
              <ProjectionText projection={current.projection} />
              {current.projection.status === "complete" && pendingDeliverables > 0 ? (
                <span className="text-slate-600">
                  ; {pendingDeliverables}{" "}
                  {pendingDeliverables === 1 ? "deliverable still needs" : "deliverables still need"} approval
                </span>
              ) : null}
            </dd>
          </div>
        ) : (
          <div>
            <dt className="text-slate-600">Phases</dt>
            <dd className="font-semibold text-slate-900">Every phase is complete.</dd>
          </div>
        )}
        <div>
          <dt className="text-slate-600">The whole path ({progress.pathTotalHours} h)</dt>
          <dd>
            <ProjectionText projection={projections.path} />
          </dd>
        </div>
      </dl>
      <WhatIfControl
        today={progress.today}
        initialHoursPerWeek={pace.hoursPerWeek > 0 ? pace.hoursPerWeek : DEFAULT_WHAT_IF_HOURS}
        phase={current && phaseLabel ? { label: phaseLabel, remainingMinutes: current.phase.remainingMinutes } : null}
        pathRemainingMinutes={total.remainingMinutes}
      />
    </RegionCard>
  );
}
