"use client";

import { useState, useTransition, type FormEvent } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import type { ActionState } from "@/lib/actions/result";
import { saveSubSkillWeightsAction } from "@/lib/curriculum/actions";
import { WEIGHT_TOTAL, weightSum, weightSumProblem } from "@/lib/curriculum/rules";
import { cn } from "@/lib/ui/cn";

type Weight = { id: string; name: string; weightPercent: number };

/**
 * Every active sub-skill's weight on one form, with the running sum shown (and announced) as
 * the admin types. Saving waits until the sum is exactly 100; the server checks the same rule
 * on what it receives, so a stale or hand-made request cannot save a wrong sum either.
 */
export function WeightsForm({ guideId, subSkills }: { guideId: string; subSkills: readonly Weight[] }) {
  const saved = () => Object.fromEntries(subSkills.map((s) => [s.id, String(s.weightPercent)]));
  const savedKey = subSkills.map((s) => `${s.id}:${s.weightPercent}`).join();
  const [values, setValues] = useState<Record<string, string>>(saved);
  const [syncedKey, setSyncedKey] = useState(savedKey);
  if (syncedKey !== savedKey) {
    // The database changed (this save, or another admin's): start from it, keep the message.
    setSyncedKey(savedKey);
    setValues(saved());
  }
  const [state, setState] = useState<ActionState<unknown>>(null);
  const [pending, startTransition] = useTransition();

  const numbers = subSkills.map((s) => Number(values[s.id] ?? ""));
  const sum = weightSum(numbers.map((n) => (Number.isInteger(n) ? n : 0)));
  const problem = weightSumProblem(numbers.map((n) => (Number.isInteger(n) ? n : 0)));
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (problem) {
      setState({ ok: false, message: problem });
      return;
    }
    const weights = subSkills.map((s) => ({ id: s.id, weightPercent: values[s.id] ?? "" }));
    startTransition(async () => setState(await saveSubSkillWeightsAction({ guideId, weights })));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {subSkills.map((s) => (
          <li key={s.id}>
            <Field label={s.name} errors={fieldErrors?.weights}>
              {(control) => (
                <div className="flex w-32 items-center gap-2">
                  <Input
                    {...control}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={100}
                    step={1}
                    name={`weight-${s.id}`}
                    value={values[s.id] ?? ""}
                    onChange={(event) => setValues((current) => ({ ...current, [s.id]: event.target.value }))}
                  />
                  <span className="text-sm text-slate-600">%</span>
                </div>
              )}
            </Field>
          </li>
        ))}
      </ul>
      <div
        role="status"
        aria-live="polite"
        data-testid="weight-sum"
        className={cn(
          "flex flex-wrap items-baseline gap-x-3 gap-y-1 rounded-md px-3 py-2 text-sm ring-1",
          problem ? "bg-amber-50 text-amber-900 ring-amber-200" : "bg-green-50 text-green-800 ring-green-200",
        )}
      >
        <span className="font-semibold tabular-nums">
          Total: {sum} / {WEIGHT_TOTAL}
        </span>
        <span>{problem ?? "Adds up to 100. Ready to save."}</span>
      </div>
      <Button type="submit" pending={pending} disabled={problem !== null} className="self-start">
        {pending ? "Saving…" : "Save weights"}
      </Button>
    </form>
  );
}
