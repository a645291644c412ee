"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { createCohortAction, updateCohortAction } from "@/lib/cohorts/actions";

/** Creates a cohort (then opens it), or edits one's name and start date when `cohort` is given. */
export function CohortForm({
  cohort,
  defaultStartDate,
}: {
  cohort?: { id: string; name: string; startDate: string };
  defaultStartDate?: string;
}) {
  const router = useRouter();
  const { state, pending, onSubmit, fieldErrors } = useActionForm<{ id: string } | undefined>(
    cohort ? updateCohortAction : createCohortAction,
  );
  const createdId = !cohort && state?.ok ? state.data?.id : undefined;
  useEffect(() => {
    if (createdId) router.push(`/admin/cohorts/${createdId}`);
  }, [createdId, router]);

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {cohort ? <input type="hidden" name="cohortId" value={cohort.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <Field label="Name" required errors={fieldErrors?.name}>
          {(control) => (
            <Input
              {...control}
              name="name"
              maxLength={100}
              defaultValue={cohort?.name}
              placeholder="e.g. Spring 2026"
            />
          )}
        </Field>
        <Field label="Start date" required errors={fieldErrors?.startDate}>
          {(control) => (
            <Input {...control} name="startDate" type="date" defaultValue={cohort?.startDate ?? defaultStartDate} />
          )}
        </Field>
      </div>
      <FormMessage state={state} />
      <Button type="submit" pending={pending} className="self-start">
        {pending ? "Saving…" : cohort ? "Save cohort" : "Create cohort"}
      </Button>
    </form>
  );
}
