import { ErrorMessages } from "@/components/ui/field";
import type { RubricCriterionView } from "@/lib/rubrics/queries";
import { RUBRIC_LEVELS } from "@/lib/rubrics/scale";
import { scoreField } from "@/lib/rubrics/schema";
import { cn } from "@/lib/ui/cn";

/**
 * The rubric inside the reviewer's decision form: one native radio group per criterion, its
 * legend the criterion, each level's descriptor visible beside its name (arrow keys move
 * between levels, Tab between criteria). A refused criterion is marked invalid with its message
 * linked by aria-describedby, so the form's focus-first-invalid lands on it. Rendered inside a
 * client form, so it holds no state of its own.
 */
export function RubricFieldset({
  criteria,
  fieldErrors,
}: {
  criteria: readonly RubricCriterionView[];
  fieldErrors?: Record<string, string[] | undefined>;
}) {
  if (criteria.length === 0) return null;
  return (
    <section aria-labelledby="rubric-heading" className="flex flex-col gap-4" data-testid="rubric-form">
      <div>
        <h3 id="rubric-heading" className="font-semibold text-slate-900">
          Rubric
        </h3>
        <p className="text-sm text-slate-600">
          Score every criterion, whether you approve or request changes: the learner sees the scores, and those of an
          approval count toward their sub-skills.
        </p>
      </div>
      {criteria.map((criterion) => (
        <CriterionGroup key={criterion.id} criterion={criterion} errors={fieldErrors?.[scoreField(criterion.id)]} />
      ))}
    </section>
  );
}

function CriterionGroup({ criterion, errors }: { criterion: RubricCriterionView; errors?: string[] }) {
  const errorId = `criterion-${criterion.id}-error`;
  const invalid = Boolean(errors?.length);
  return (
    <fieldset
      id={`criterion-${criterion.id}`}
      tabIndex={-1}
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? errorId : undefined}
      className={cn(
        "rounded-lg border bg-white p-4",
        invalid ? "border-red-600 ring-1 ring-red-600" : "border-slate-200",
      )}
    >
      <legend className="float-left mb-3 w-full font-medium text-slate-900">{criterion.title}</legend>
      <div className="clear-both grid grid-cols-1 gap-2 sm:grid-cols-2">
        {RUBRIC_LEVELS.map((level, index) => (
          <label
            key={level.level}
            className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 px-3 py-2.5 text-sm text-slate-800 hover:bg-slate-50 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
          >
            <input
              type="radio"
              name={scoreField(criterion.id)}
              value={level.level}
              className="mt-0.5 size-4 shrink-0 accent-brand-700"
            />
            <span className="min-w-0 break-words">
              <span className="block font-medium">{level.name}</span>
              <span className="block text-slate-600">{criterion.descriptors[index]}</span>
            </span>
          </label>
        ))}
      </div>
      <ErrorMessages id={errorId} messages={errors} className="mt-2" />
    </fieldset>
  );
}
