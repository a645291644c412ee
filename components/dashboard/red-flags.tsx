import { Badge } from "@/components/ui/badge";
import { RegionCard } from "@/components/dashboard/region-card";
import type { LearnerProgress } from "@/lib/dashboard/evidence";

/** The guide's warning signs that still apply: no approved deliverable or project touches their sub-skill. */
export function RedFlags({ progress }: { progress: LearnerProgress }) {
  const flags = progress.redFlags;
  return (
    <RegionCard
      id="red-flags"
      title="Red flags"
      description={
        <>Each clears once reviewed work on its sub-skill is approved; hours and quiz answers don&apos;t clear it.</>
      }
    >
      {flags.length === 0 ? (
        <p className="text-sm text-slate-700">None apply: every flagged sub-skill has approved work.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {flags.map((flag) => (
            <li
              key={flag.key}
              className="flex flex-col gap-1.5 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm"
            >
              <span className="font-medium text-slate-900">{flag.text}</span>
              <span className="flex flex-wrap items-center gap-1.5 text-slate-700">
                No approved work on <Badge tone="warning">{flag.subSkillName}</Badge>
              </span>
            </li>
          ))}
        </ul>
      )}
    </RegionCard>
  );
}
