import { Card } from "@/components/ui/card";
import type { GuideOverview } from "@/lib/guides/queries";

export function LevelJourney({ levels }: Pick<GuideOverview, "levels">) {
  return (
    <section aria-labelledby="levels-heading" className="flex flex-col gap-4">
      <h2 id="levels-heading" className="text-xl font-semibold text-slate-900">
        Proficiency levels
      </h2>
      <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {levels.map((level, i) => (
          <li key={level.id}>
            <Card className="flex h-full flex-col gap-2">
              <p className="text-sm font-medium text-brand-700">
                Level {i + 1} · {level.typicalExperience}
              </p>
              <h3 className="text-lg font-semibold text-slate-900">{level.name}</h3>
              <p className="text-sm text-slate-600">{level.summary}</p>
              <details className="mt-auto text-sm text-slate-700">
                <summary className="cursor-pointer rounded font-medium text-brand-800">What you can do</summary>
                <ul className="mt-2 list-disc space-y-1 pl-5">
                  {level.capabilities.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              </details>
            </Card>
          </li>
        ))}
      </ol>
    </section>
  );
}
