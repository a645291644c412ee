import Link from "next/link";
import { RegionCard } from "@/components/dashboard/region-card";
import type { Gap } from "@/lib/progress/proficiency";
import type { DashboardCardProps } from "./card-props";

const GAP_LABELS: Record<Gap["kind"], string> = {
  "total-hours": "Hours",
  phase: "Phase",
  quiz: "Quiz",
  "overall-score": "Overall score",
  "sub-skill": "Sub-skill",
  projects: "Projects",
};

/** Where a gap is closed, for the learner themself (a mentor's read-only view gets no links). */
const GAP_LINKS: Partial<Record<Gap["kind"], { href: string; label: string }>> = {
  "total-hours": { href: "/hours", label: "Log hours" },
  quiz: { href: "/quiz", label: "Take the quiz" },
};

/**
 * "Proficiency, explained": the plain-words reasons and gaps come from explainLevel
 * (lib/progress/proficiency.ts), so this page says exactly what docs/proficiency.md describes.
 */
export function LevelExplanation({ progress, readOnly, className }: DashboardCardProps) {
  const { reasons, missing, assessment } = progress.explanation;
  const levelName = assessment.level?.name ?? "your level";
  return (
    <RegionCard
      className={className}
      id="explanation"
      title={<>Why you are at {levelName}</>}
      description="Your level is read from the evidence in your record, never declared."
    >
      <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p className="mt-3 text-sm text-slate-600" data-testid="rubric-explanation">
        Each sub-skill&apos;s score blends hours (40%), approved deliverables (40%) and the quiz (20%). An approved
        deliverable counts by its reviewer&apos;s rubric: each criterion scored Proficient or Exemplary counts in full,
        Developing half, Not yet nothing (a deliverable approved without a rubric counts in full).
      </p>

      {assessment.nextLevel ? (
        <>
          <h3 id="missing-heading" className="mt-6 text-base font-semibold text-slate-900">
            What&apos;s missing for {assessment.nextLevel.name}
          </h3>
          <ul aria-labelledby="missing-heading" className="mt-3 flex flex-col gap-3">
            {missing.map((gap, i) => {
              // A sub-skill gap links to the sub-skill's page: its description and example tasks.
              const link = readOnly
                ? undefined
                : gap.kind === "sub-skill"
                  ? { href: `/sub-skills/${gap.subSkillKey}`, label: "See example tasks" }
                  : GAP_LINKS[gap.kind];
              return (
                <li key={`${gap.kind}-${i}`} className="rounded-md border border-slate-200 p-3 text-sm text-slate-700">
                  <span className="mb-1 block text-xs font-semibold tracking-wide text-slate-500 uppercase">
                    {GAP_LABELS[gap.kind]}
                  </span>
                  {gap.message}
                  {link ? (
                    <>
                      {" "}
                      <Link href={link.href} className="font-medium text-brand-800 underline underline-offset-2">
                        {link.label}
                      </Link>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className="mt-6 text-sm font-medium text-slate-800">
          Nothing is missing: this is the path&apos;s top level.
        </p>
      )}
    </RegionCard>
  );
}
