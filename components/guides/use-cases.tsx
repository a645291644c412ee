import { Badge } from "@/components/ui/badge";
import { DIFFICULTY_LABELS } from "@/lib/curriculum/parts/difficulty";
import type { GuideOverview } from "@/lib/guides/queries";

/** The guide's use cases: what the skill is used for, each with how hard it is to build. */
export function UseCases({ useCases }: Pick<GuideOverview, "useCases">) {
  if (useCases.length === 0) return null;
  return (
    <section aria-labelledby="use-cases-heading" className="flex flex-col gap-4">
      <h2 id="use-cases-heading" className="text-xl font-semibold text-slate-900">
        Where it is used
      </h2>
      <ul className="grid gap-4 md:grid-cols-3">
        {useCases.map((useCase) => (
          <li key={useCase.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 className="min-w-0 font-medium break-words text-slate-900">{useCase.title}</h3>
              <Badge>{DIFFICULTY_LABELS[useCase.difficulty]}</Badge>
            </div>
            <p className="text-sm text-slate-700">{useCase.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
