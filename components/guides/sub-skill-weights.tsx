import { ProgressBar } from "@/components/ui/progress-bar";
import type { GuideOverview } from "@/lib/guides/queries";

export function SubSkillWeights({ subSkills, totalHours }: Pick<GuideOverview, "subSkills" | "totalHours">) {
  return (
    <section aria-labelledby="subskills-heading" className="flex flex-col gap-4">
      <h2 id="subskills-heading" className="text-xl font-semibold text-slate-900">
        Six sub-skills, weighted
      </h2>
      <ul className="grid gap-x-8 gap-y-5 md:grid-cols-2">
        {subSkills.map((skill) => (
          <li key={skill.id} className="flex flex-col gap-1.5">
            <ProgressBar
              label={skill.name}
              value={skill.weightPercent}
              max={100}
              valueText={`${skill.weightPercent}% · about ${Math.round((skill.weightPercent / 100) * totalHours)} h`}
            />
            <p className="text-sm text-slate-600">{skill.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
