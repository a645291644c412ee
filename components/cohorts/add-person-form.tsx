"use client";

import { useRef, useEffect } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { addCohortMemberAction, addCohortMentorAction } from "@/lib/cohorts/actions";

/** Adds a learner (or a mentor) to a cohort by email; the field clears after a success. */
export function AddPersonForm({ cohortId, as }: { cohortId: string; as: "member" | "mentor" }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(
    as === "member" ? addCohortMemberAction : addCohortMentorAction,
  );
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state?.ok && input.current) input.current.value = "";
  }, [state]);
  const label = as === "member" ? "Learner's email" : "Mentor's email";
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="cohortId" value={cohortId} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <Field label={label} errors={fieldErrors?.email} className="flex-1">
          {(control) => <Input {...control} ref={input} name="email" type="email" autoComplete="off" maxLength={254} />}
        </Field>
        <Button type="submit" pending={pending} className="sm:mt-7">
          {as === "member" ? "Add learner" : "Add mentor"}
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
