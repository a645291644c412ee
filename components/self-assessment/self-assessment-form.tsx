"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorMessages } from "@/components/ui/field";
import { saveSelfAssessmentAction } from "@/lib/self-assessment/actions";
import { CONFIDENCE_LEVELS, confidenceField } from "@/lib/self-assessment/schema";
import { cn } from "@/lib/ui/cn";

/** What the form shows of one question; dates are formatted on the server, in the learner's time zone. */
export type RatedQuestion = {
  id: string;
  prompt: string;
  latest: number | null;
  /** "4 on 3 Mar 2026", newest first; the first is the latest. */
  history: string[];
  /** Ratings older than the ones in `history`. */
  older: number;
};
export type QuestionGroup = { key: string; name: string; meanConfidence: number | null; questions: RatedQuestion[] };

/**
 * One radio group per self-check question (fieldset + legend, native radios: arrow keys move
 * between the five levels), grouped by sub-skill. The latest rating is pre-selected, so saving
 * again without a change writes nothing.
 */
export function SelfAssessmentForm({ groups }: { groups: readonly QuestionGroup[] }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(saveSelfAssessmentAction);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-8">
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`group-${group.key}`} className="flex flex-col gap-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 id={`group-${group.key}`} className="text-lg font-semibold text-slate-900">
              {group.name}
            </h3>
            <p className="text-sm text-slate-600" data-testid={`mean-${group.key}`}>
              {group.meanConfidence === null
                ? "Not rated yet"
                : `Mean of your latest ratings: ${Math.round(group.meanConfidence * 10) / 10} / 5`}
            </p>
          </div>
          {group.questions.map((q) => (
            <QuestionFieldset key={q.id} question={q} errors={fieldErrors?.[confidenceField(q.id)]} />
          ))}
        </section>
      ))}
      <div className="sticky bottom-0 -mx-4 flex flex-col gap-3 border-t border-slate-200 bg-slate-50 px-4 py-4 sm:mx-0 sm:rounded-lg sm:border sm:bg-white sm:px-5">
        <FormMessage state={state} />
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-slate-600">
            Each save adds to your history; unchanged ratings are not saved again.
          </p>
          <Button type="submit" pending={pending}>
            {pending ? "Saving…" : "Save ratings"}
          </Button>
        </div>
      </div>
    </form>
  );
}

function QuestionFieldset({ question, errors }: { question: RatedQuestion; errors?: string[] }) {
  const errorId = `rating-${question.id}-error`;
  const historyId = `rating-${question.id}-history`;
  const invalid = Boolean(errors?.length);
  const [latest, ...previous] = question.history;
  return (
    <fieldset
      aria-invalid={invalid || undefined}
      aria-describedby={[historyId, invalid ? errorId : null].filter(Boolean).join(" ")}
      className={cn(
        "rounded-lg border bg-white p-4 shadow-sm sm:p-5",
        invalid ? "border-red-600 ring-1 ring-red-600" : "border-slate-200",
      )}
    >
      <legend className="float-left mb-3 w-full font-medium text-slate-900">{question.prompt}</legend>
      <div className="clear-both flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        {CONFIDENCE_LEVELS.map((level) => (
          <label
            key={level.value}
            className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm text-slate-800 hover:bg-slate-50 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
          >
            <input
              type="radio"
              name={confidenceField(question.id)}
              value={level.value}
              defaultChecked={question.latest === level.value}
              className="size-4 shrink-0 accent-brand-700"
            />
            <span>{level.label}</span>
          </label>
        ))}
      </div>
      <p id={historyId} className="mt-3 text-sm text-slate-600">
        {latest ? (
          <>
            Latest rating: {latest}.
            {previous.length > 0
              ? ` Before that: ${previous.join(", ")}${question.older > 0 ? ` and ${question.older} earlier` : ""}.`
              : ""}
          </>
        ) : (
          "Not rated yet."
        )}
      </p>
      <ErrorMessages id={errorId} messages={errors} className="mt-2" />
    </fieldset>
  );
}
