"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorMessages } from "@/components/ui/field";
import type { ActionState } from "@/lib/actions/result";
import { submitQuizAttemptAction } from "@/lib/quiz/actions";
import { answerField } from "@/lib/quiz/schema";
import { cn } from "@/lib/ui/cn";

/** Exactly what the take page is given: no correct option, no explanation. */
export type QuestionToAnswer = { id: string; prompt: string; options: string[]; fromGuide: boolean };

/**
 * One native radio group per question inside a fieldset whose legend is the prompt: arrow keys
 * move between options, Tab between questions, and a screen reader announces each question with
 * its options. Answers go to the server only on submit; the page re-renders as the result.
 */
export function QuizTakeForm({ attemptId, questions }: { attemptId: string; questions: readonly QuestionToAnswer[] }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [answered, setAnswered] = useState(0);
  const { state, pending, onSubmit, fieldErrors } = useActionForm(
    async (previous: ActionState<unknown>, formData: FormData) => {
      const result = await submitQuizAttemptAction(previous, formData);
      if (result.ok) window.scrollTo({ top: 0 });
      return result;
    },
  );

  // After a refused submit, take the learner to the first question that needs them.
  useEffect(() => {
    if (!fieldErrors) return;
    const first = questions.find((q) => fieldErrors[answerField(q.id)]);
    if (first) formRef.current?.querySelector<HTMLElement>(`#question-${CSS.escape(first.id)}`)?.focus();
  }, [fieldErrors, questions]);

  const countAnswered = (event: FormEvent<HTMLFormElement>) =>
    setAnswered(new Set(new FormData(event.currentTarget).keys()).size - 1); // minus the attemptId field

  return (
    <form ref={formRef} onSubmit={onSubmit} onChange={countAnswered} noValidate className="flex flex-col gap-6">
      <input type="hidden" name="attemptId" value={attemptId} />
      <ol className="flex flex-col gap-6">
        {questions.map((question, index) => (
          <li key={question.id}>
            <QuestionFieldset
              question={question}
              number={index + 1}
              count={questions.length}
              errors={fieldErrors?.[answerField(question.id)]}
            />
          </li>
        ))}
      </ol>
      <div className="sticky bottom-0 -mx-4 flex flex-col gap-3 border-t border-slate-200 bg-slate-50 px-4 py-4 sm:mx-0 sm:rounded-lg sm:border sm:bg-white sm:px-5">
        <FormMessage state={state} />
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-slate-700" aria-live="polite">
            <span className="font-medium tabular-nums">{answered}</span> of {questions.length} answered
          </p>
          <Button type="submit" pending={pending}>
            {pending ? "Submitting…" : "Submit answers"}
          </Button>
        </div>
      </div>
    </form>
  );
}

function QuestionFieldset({
  question,
  number,
  count,
  errors,
}: {
  question: QuestionToAnswer;
  number: number;
  count: number;
  errors?: string[];
}) {
  const errorId = `question-${question.id}-error`;
  const invalid = Boolean(errors?.length);
  return (
    <fieldset
      id={`question-${question.id}`}
      tabIndex={-1}
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? errorId : undefined}
      className={cn(
        "rounded-lg border bg-white p-4 shadow-sm sm:p-5",
        invalid ? "border-red-600 ring-1 ring-red-600" : "border-slate-200",
      )}
    >
      {/* Floated so the legend lays out inside the box like a heading; screen readers still read it as the group's name. */}
      <legend className="float-left mb-4 w-full">
        <span className="block text-sm font-medium text-brand-700">
          Question {number} of {count}
          {question.fromGuide ? <span className="font-normal text-slate-600"> · from the guide</span> : null}
        </span>
        <span className="mt-1 block font-medium text-slate-900">{question.prompt}</span>
      </legend>
      <div className="clear-both flex flex-col gap-2">
        {question.options.map((option, index) => (
          <label
            key={index}
            className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-200 px-3 py-2.5 text-sm text-slate-800 hover:bg-slate-50 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
          >
            <input
              type="radio"
              name={answerField(question.id)}
              value={index}
              className="mt-0.5 size-4 shrink-0 accent-brand-700"
            />
            <span className="min-w-0 break-words">{option}</span>
          </label>
        ))}
      </div>
      <ErrorMessages id={errorId} messages={errors} className="mt-2" />
    </fieldset>
  );
}
