"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { createCohortAction, updateCohortAction } from "@/lib/cohorts/actions";

/**
 * Creates a cohort on a guide chosen from `guides` (then opens it), or edits one's name and
 * start date when `cohort` is given (its guide is fixed: members' records are on it).
 */
export function CohortForm({
  cohort,
  defaultStartDate,
  guides = [],
}: {
  cohort?: { id: string; name: string; startDate: string };
  defaultStartDate?: string;
  guides?: ReadonlyArray<{ id: string; title: string; isDefault: boolean }>;
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
      {!cohort && guides.length > 0 ? (
        <Field label="Guide" required errors={fieldErrors?.guideId} className="sm:max-w-md">
          {(control) => (
            <Select {...control} name="guideId" defaultValue={guides.find((g) => g.isDefault)?.id ?? guides[0]?.id}>
              {guides.map((guide) => (
                <option key={guide.id} value={guide.id}>
                  {guide.title}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : null}
      <FormMessage state={state} />
      <Button type="submit" pending={pending} className="self-start">
        {pending ? "Saving…" : cohort ? "Save cohort" : "Create cohort"}
      </Button>
    </form>
  );
}
