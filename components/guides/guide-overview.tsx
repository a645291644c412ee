import type { ReactNode } from "react";
import { LevelJourney } from "@/components/guides/level-journey";
import { PhaseTimeline } from "@/components/guides/phase-timeline";
import { SubSkillWeights } from "@/components/guides/sub-skill-weights";
import { TextListSection } from "@/components/guides/text-list-section";
import { UseCases } from "@/components/guides/use-cases";
import type { GuideOverview as Overview } from "@/lib/guides/queries";

/** A guide's public overview (the home page's and the catalogue's /guides/[slug]); `actions` are its calls to action. */
export function GuideOverview({ guide, actions }: { guide: Overview; actions: ReactNode }) {
  const section = (kind: (typeof guide.textItems)[number]["kind"]) =>
    guide.textItems.filter((t) => t.kind === kind).map((t) => t.text);

  return (
    <div className="flex flex-col gap-12">
      <section className="flex flex-col gap-4">
        <p className="text-sm font-medium text-brand-700">{guide.category} skill guide</p>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{guide.title}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{guide.tagline}</p>
        <dl className="grid max-w-xl grid-cols-3 gap-3">
          {[
            ["Learning phases", guide.phases.length],
            ["Estimated hours", `${guide.totalHours} h`],
            ["Sub-skills", guide.subSkills.length],
          ].map(([label, value]) => (
            <div key={label} className="rounded-lg border border-slate-200 bg-white p-3">
              <dt className="text-xs text-slate-600">{label}</dt>
              <dd className="text-2xl font-bold text-slate-900 tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
        <div className="flex flex-wrap items-start gap-3">{actions}</div>
      </section>

      <section aria-labelledby="what-heading" className="flex max-w-3xl flex-col gap-3">
        <h2 id="what-heading" className="text-xl font-semibold text-slate-900">
          What is {guide.title}?
        </h2>
        <p className="text-slate-700">{guide.overview}</p>
      </section>

      <PhaseTimeline phases={guide.phases} totalHours={guide.totalHours} />
      <SubSkillWeights subSkills={guide.subSkills} totalHours={guide.totalHours} />
      <LevelJourney levels={guide.levels} />
      <UseCases useCases={guide.useCases} />

      <div className="grid gap-10 md:grid-cols-2">
        <TextListSection id="why-heading" title="Why it matters" items={section("WHY_IT_MATTERS")} />
        <TextListSection id="outcomes-heading" title="What you can do after mastering it" items={section("OUTCOME")} />
        <TextListSection id="misconceptions-heading" title="Common misconceptions" items={section("MISCONCEPTION")} />
        <TextListSection id="industries-heading" title="Industries" items={section("INDUSTRY")} />
      </div>
    </div>
  );
}
