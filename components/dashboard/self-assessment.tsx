import { Badge, type BadgeTone } from "@/components/ui/badge";
import { RegionCard } from "@/components/dashboard/region-card";
import type { LearnerProgress } from "@/lib/dashboard/evidence";
import type { Calibration } from "@/lib/progress/proficiency";

const VERDICTS: Record<Calibration, { label: string; tone: BadgeTone }> = {
  "over-confident": { label: "Over-confident", tone: "warning" },
  "under-confident": { label: "Under-confident", tone: "accent" },
  aligned: { label: "Aligned", tone: "success" },
  "not-rated": { label: "Not rated", tone: "neutral" },
};

function Bar({ value, className }: { value: number; className: string }) {
  return (
    <div aria-hidden="true" className="h-1.5 w-full overflow-hidden rounded-full bg-slate-100">
      <div className={`h-full rounded-full ${className}`} style={{ width: `${Math.min(100, Math.max(0, value))}%` }} />
    </div>
  );
}

/**
 * Confidence (mean of the latest rating per self-check question, on the score's 0–100 scale)
 * beside the evidence score. Ratings never move a score; the badge shows the calibration.
 */
export function SelfAssessment({ progress, className }: { progress: LearnerProgress; className?: string }) {
  const rows = progress.selfAssessment;
  const rated = rows.some((r) => r.verdict !== "not-rated");
  return (
    <RegionCard
      className={className}
      id="self-assessment"
      title="Self-assessment vs evidence"
      description={
        <>
          {rated
            ? "Your confidence (1 to 5, shown on the 0–100 scale) beside each sub-skill's evidence score. More than 25 points apart is a miscalibration."
            : "No self-check ratings yet. Once rated, your confidence shows here beside each sub-skill's evidence score."}
        </>
      }
    >
      <ul className="grid gap-4 md:grid-cols-2">
        {rows.map((row) => {
          const verdict = VERDICTS[row.verdict];
          return (
            <li
              key={row.subSkillKey}
              className="flex flex-col gap-1.5 text-sm"
              data-testid={`calibration-${row.subSkillKey}`}
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-medium text-slate-800">{row.name}</span>
                <Badge tone={verdict.tone}>{verdict.label}</Badge>
              </div>
              <div className="grid grid-cols-[6.5rem_1fr_2.5rem] items-center gap-2 text-slate-600">
                <span>Confidence</span>
                <Bar value={row.confidenceScore ?? 0} className="bg-accent-600" />
                <span className="text-right tabular-nums">{row.confidenceScore ?? "–"}</span>
                <span>Evidence</span>
                <Bar value={row.evidenceScore} className="bg-brand-600" />
                <span className="text-right tabular-nums">{row.evidenceScore}</span>
              </div>
            </li>
          );
        })}
      </ul>
    </RegionCard>
  );
}
