import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { PhaseSummary } from "@/lib/phases/queries";
import { HoursProgress } from "./hours-progress";

/** The learner's phases in path order: hours against the estimate, checklist and deliverables. */
export function PhaseList({ phases }: { phases: readonly PhaseSummary[] }) {
  return (
    <ol className="flex flex-col gap-4">
      {phases.map((phase) => (
        <li
          key={phase.key}
          className="relative rounded-lg border border-slate-200 bg-white p-5 shadow-sm hover:border-brand-300"
        >
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div className="min-w-0">
              <p className="text-sm font-medium text-brand-700">
                {phase.number ? `Phase ${phase.number}` : "Archived phase"}
              </p>
              <h2 className="text-lg font-semibold text-slate-900">
                <Link href={`/phases/${phase.key}`} className="after:absolute after:inset-0 after:content-['']">
                  {phase.title}
                </Link>
              </h2>
            </div>
            <div className="flex gap-2">
              {phase.archived ? <Badge>archived</Badge> : null}
              {phase.complete ? <Badge tone="success">Complete</Badge> : null}
            </div>
          </div>
          <p className="mt-1 line-clamp-2 text-sm text-slate-600">{phase.summary}</p>
          <div className="mt-4 grid gap-4 sm:grid-cols-[2fr_1fr_1fr] sm:items-start">
            <HoursProgress hours={phase.hours} label={`Hours on ${phase.title}`} />
            <Stat label="Checklist" value={`${phase.checklist.done} / ${phase.checklist.total}`} />
            <Stat
              label="Deliverables approved"
              value={`${phase.deliverables.approved} / ${phase.deliverables.total}`}
            />
          </div>
        </li>
      ))}
    </ol>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="text-sm">
      <p className="text-slate-600">{label}</p>
      <p className="font-semibold text-slate-900 tabular-nums">{value}</p>
    </div>
  );
}
