"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { setWeeklyGoalAction } from "@/lib/dashboard/actions";
import { durationText } from "@/lib/hours/duration";

/**
 * Sets the weekly goal, or removes it when saved empty: one field, typed like any duration. The
 * action revalidates the dashboard, so the card around this form redraws the week and the date.
 */
export function WeeklyGoalForm({ goalMinutes }: { goalMinutes: number | null }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(setWeeklyGoalAction);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Set your weekly goal" className="flex flex-col gap-3">
      <FormMessage state={state} />
      <Field
        label="Hours per week"
        hint="Like 6, 7.5, 6:30 or 6h 30m. Leave it empty to remove the goal."
        errors={fieldErrors?.weeklyGoal}
      >
        {(control) => (
          <Input
            {...control}
            name="weeklyGoal"
            autoComplete="off"
            defaultValue={goalMinutes === null ? "" : durationText(goalMinutes)}
            className="max-w-40"
          />
        )}
      </Field>
      <Button type="submit" variant="secondary" pending={pending} className="self-start">
        {pending ? "Saving…" : "Save goal"}
      </Button>
    </form>
  );
}
