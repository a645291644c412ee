"use client";

import { useId, useState, useTransition, type FormEvent } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { ErrorMessages, Field, Select, Textarea } from "@/components/ui/field";
import type { ActionState } from "@/lib/actions/result";
import { saveCurriculumItemAction } from "@/lib/curriculum/actions";
import { QUIZ_OPTIONS } from "@/lib/curriculum/parts/quiz-question";

type Question = {
  id: string;
  subSkillId: string;
  prompt: string;
  options: string[];
  correctOption: number;
  explanation: string;
};

export type QuizQuestionFormProps = {
  guideId: string;
  subSkills: ReadonlyArray<{ value: string; label: string }>;
  /** The question to edit; a blank form adds one. */
  question?: Question;
  /** Learners have answered it: options and the correct one are locked (answers are option numbers). */
  locked?: boolean;
};

let nextKey = 0;
const keyed = (text: string) => ({ key: `option-${nextKey++}`, text });

/** A quiz question: 2–6 options, the correct one chosen by radio, an explanation required. */
export function QuizQuestionForm({ guideId, subSkills, question, locked = false }: QuizQuestionFormProps) {
  const [state, setState] = useState<ActionState<unknown>>(null);
  const [pending, startTransition] = useTransition();
  const [options, setOptions] = useState(() => (question?.options ?? ["", ""]).map(keyed));
  const [correct, setCorrect] = useState<number | null>(question?.correctOption ?? null);
  const groupId = useId();
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;

  // Submitted by hand rather than with useActionForm: an "add" form starts over after a save,
  // options included, and that reset belongs to the submit, not to an effect.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const formData = new FormData(form);
    startTransition(async () => {
      const result = await saveCurriculumItemAction(null, formData);
      setState(result);
      if (result.ok && !question) {
        form.reset();
        setOptions(["", ""].map(keyed));
        setCorrect(null);
      }
    });
  }

  const remove = (index: number) => {
    setOptions((current) => current.filter((_, i) => i !== index));
    setCorrect((c) => (c === null || c === index ? null : c > index ? c - 1 : c));
  };
  const optionErrors = [...(fieldErrors?.options ?? []), ...(fieldErrors?.correctOption ?? [])];

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="part" value="quizQuestion" />
      <input type="hidden" name="guideId" value={guideId} />
      {question ? <input type="hidden" name="id" value={question.id} /> : null}
      <Field label="Sub-skill" required errors={fieldErrors?.subSkillId}>
        {(control) => (
          <Select {...control} name="subSkillId" defaultValue={question?.subSkillId ?? ""}>
            <option value="">Choose a sub-skill…</option>
            {subSkills.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Question" required errors={fieldErrors?.prompt}>
        {(control) => <Textarea {...control} name="prompt" rows={2} defaultValue={question?.prompt} maxLength={1000} />}
      </Field>
      <fieldset
        aria-describedby={optionErrors.length ? `${groupId}-error` : `${groupId}-hint`}
        className="flex flex-col gap-2"
      >
        <legend className="mb-1 text-sm font-medium text-slate-800">
          Options and the correct answer
          <span aria-hidden="true" className="ml-0.5 text-red-700">
            *
          </span>
        </legend>
        <p id={`${groupId}-hint`} className="text-sm text-slate-600">
          {locked
            ? "Learners have answered this question, so its options are locked. Archive it and add a new one to change them."
            : `Between ${QUIZ_OPTIONS.min} and ${QUIZ_OPTIONS.max} options; select the correct one.`}
        </p>
        <ol className="flex flex-col gap-2">
          {options.map((option, index) => (
            <li key={option.key} className="flex items-center gap-2">
              <input
                type="radio"
                name="correctOption"
                value={index}
                checked={correct === index}
                onChange={() => setCorrect(index)}
                disabled={locked}
                aria-label={`Option ${index + 1} is the correct answer`}
                className="size-4 shrink-0 accent-brand-700"
              />
              {locked && correct === index ? <input type="hidden" name="correctOption" value={index} /> : null}
              <input
                name="options"
                aria-label={`Option ${index + 1}`}
                defaultValue={option.text}
                readOnly={locked}
                maxLength={500}
                aria-invalid={optionErrors.length ? true : undefined}
                className="block h-10 w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 text-sm shadow-sm read-only:bg-slate-50 aria-[invalid=true]:border-red-600"
              />
              {!locked && options.length > QUIZ_OPTIONS.min ? (
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => remove(index)}
                  aria-label={`Remove option ${index + 1}`}
                >
                  Remove
                </Button>
              ) : null}
            </li>
          ))}
        </ol>
        {!locked && options.length < QUIZ_OPTIONS.max ? (
          <Button
            size="sm"
            variant="secondary"
            className="self-start"
            onClick={() => setOptions((current) => [...current, keyed("")])}
          >
            Add an option
          </Button>
        ) : null}
        <ErrorMessages id={`${groupId}-error`} messages={optionErrors} />
      </fieldset>
      <Field label="Explanation" required hint="Shown to learners after they answer." errors={fieldErrors?.explanation}>
        {(control) => (
          <Textarea {...control} name="explanation" rows={3} defaultValue={question?.explanation} maxLength={2000} />
        )}
      </Field>
      <Button type="submit" pending={pending} className="self-start">
        {pending ? "Saving…" : question ? "Save question" : "Add question"}
      </Button>
    </form>
  );
}
