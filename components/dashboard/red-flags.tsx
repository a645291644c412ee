import { Badge } from "@/components/ui/badge";
import { RegionCard } from "@/components/dashboard/region-card";
import type { LearnerProgress } from "@/lib/dashboard/evidence";
import { redFlagWarningText } from "@/lib/progress/red-flags";
import { cn } from "@/lib/ui/cn";

/**
 * The guide's warning signs that still apply. Until the record shows a flag's pattern it is
 * listed, neutral, as something to avoid; only a flag with evidence behind it is a warning
 * (the rule: lib/progress/red-flags.ts), so a new learner is not greeted with alarms.
 */
export function RedFlags({ progress }: { progress: LearnerProgress }) {
  // Warnings first: they are the ones that ask for something now.
  const flags = [...progress.redFlags].sort((a, b) => Number(b.warning !== null) - Number(a.warning !== null));
  const warnings = flags.filter((f) => f.warning !== null).length;
  return (
    <RegionCard
      id="red-flags"
      title="Red flags"
      description={
        warnings > 0 ? (
          <>
            The record shows {warnings === 1 ? "one of these patterns" : "some of these patterns"}; the rest are
            practices to avoid.
          </>
        ) : (
          <>
            Practices to avoid. Nothing in the record shows them yet; approved work on a flag&apos;s sub-skill clears
            it.
          </>
        )
      }
    >
      {flags.length === 0 ? (
        <p className="text-sm text-slate-700">None apply: every flagged sub-skill has approved work.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {flags.map((flag) => (
            <li
              key={flag.key}
              data-flag-state={flag.warning ? "warning" : "avoid"}
              className={cn(
                "flex flex-col gap-1.5 rounded-md border p-3 text-sm",
                flag.warning ? "border-amber-200 bg-amber-50" : "border-slate-200 bg-white",
              )}
            >
              <span className="flex flex-wrap items-center gap-1.5 font-medium text-slate-900">
                {flag.warning ? <Badge tone="warning">Warning</Badge> : null}
                {flag.text}
              </span>
              {flag.warning ? (
                <span className="text-slate-700">{redFlagWarningText(flag.warning, flag.subSkillName)}</span>
              ) : (
                <span className="flex flex-wrap items-center gap-1.5 text-slate-600">
                  Cleared by approved work on <Badge>{flag.subSkillName}</Badge>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </RegionCard>
  );
}
