import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { RegionCard } from "@/components/dashboard/region-card";
import type { LearnerProgress } from "@/lib/dashboard/evidence";
import { redFlagWarningText, type ClearingWork } from "@/lib/progress/red-flags";
import { cn } from "@/lib/ui/cn";

type Flag = LearnerProgress["redFlags"][number];

// Warnings first (they ask for something now), then the ones to avoid, then the cleared ones.
const ORDER: Record<Flag["state"], number> = { warning: 0, neutral: 1, cleared: 2 };

/**
 * The guide's whole red-flag list, each with its state (the rule: lib/progress/red-flags.ts):
 * neutral while the record shows nothing, a warning with its reason once it does, cleared by
 * the approved work it names. Cleared flags stay listed, so the learner keeps the full list.
 * `readOnly` (a mentor's view) names the work without linking to the learner's own pages.
 */
export function RedFlags({
  progress,
  readOnly = false,
  className,
}: {
  progress: LearnerProgress;
  readOnly?: boolean;
  className?: string;
}) {
  const flags = [...progress.redFlags].sort((a, b) => ORDER[a.state] - ORDER[b.state]);
  const warnings = flags.filter((f) => f.state === "warning").length;
  const cleared = flags.filter((f) => f.state === "cleared").length;
  return (
    <RegionCard
      className={className}
      id="red-flags"
      title="Red flags"
      description={
        <>
          {warnings > 0
            ? `The record shows ${warnings === 1 ? "one of these patterns" : `${warnings} of these patterns`}. `
            : "Practices to avoid. "}
          Approved work on a flag&apos;s sub-skill clears it
          {flags.length > 0 ? ` (${cleared} of ${flags.length} cleared)` : ""}.
        </>
      }
    >
      {flags.length === 0 ? (
        <p className="text-sm text-slate-700">This guide lists no red flags.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {flags.map((flag) => (
            <li
              key={flag.key}
              data-flag-state={flag.state}
              className={cn(
                "flex flex-col gap-1.5 rounded-md border p-3 text-sm",
                flag.state === "warning" ? "border-amber-200 bg-amber-50" : "border-slate-200 bg-white",
              )}
            >
              <span className="flex flex-wrap items-center gap-1.5 font-medium text-slate-900">
                {flag.state === "warning" ? <Badge tone="warning">Warning</Badge> : null}
                {flag.state === "cleared" ? <Badge tone="success">Cleared</Badge> : null}
                {flag.text}
              </span>
              {flag.warning ? (
                <span className="text-slate-700">{redFlagWarningText(flag.warning, flag.subSkillName)}</span>
              ) : flag.state === "cleared" ? (
                <span className="text-slate-700">
                  Cleared by approved work on {flag.subSkillName}:{" "}
                  {flag.clearedBy.map((work, i) => (
                    <span key={`${work.kind}:${work.key}`}>
                      {i > 0 ? ", " : null}
                      <WorkLink work={work} readOnly={readOnly} />
                    </span>
                  ))}
                </span>
              ) : (
                <span className="flex flex-wrap items-center gap-1.5 text-slate-600">
                  Not shown in the record. Approved work on <Badge>{flag.subSkillName}</Badge> clears it.
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </RegionCard>
  );
}

function WorkLink({ work, readOnly }: { work: ClearingWork; readOnly: boolean }) {
  const label = work.kind === "project" ? `project "${work.title}"` : `"${work.title}"`;
  if (readOnly || !work.id) return <>{label}</>;
  const href = work.kind === "project" ? `/projects#project-${work.id}` : `/deliverables/${work.id}`;
  return (
    <Link href={href} className="font-medium text-slate-900 underline underline-offset-2">
      {label}
    </Link>
  );
}
