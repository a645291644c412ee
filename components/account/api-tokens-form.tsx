"use client";

import { useId } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { createApiTokenAction } from "@/lib/api/actions";

/**
 * Creates a personal access token. The secret comes back in the action's answer and is shown
 * here once, in a read-only field to copy: only its hash is stored, so it cannot be shown again.
 */
export function ApiTokenCreateForm() {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(createApiTokenAction);
  const secretId = useId();
  const created = state?.ok ? state.data : undefined;
  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={onSubmit} className="grid grid-cols-1 gap-3 sm:grid-cols-3" noValidate>
        <Field
          label="Token name"
          required
          errors={fieldErrors?.name}
          hint="Say where it is used, e.g. “editor plugin”."
        >
          {(p) => <Input {...p} name="name" maxLength={100} autoComplete="off" />}
        </Field>
        <Field label="Scope" errors={fieldErrors?.scope}>
          {(p) => (
            <Select {...p} name="scope" defaultValue="READ_WRITE">
              <option value="READ_WRITE">Read and log hours</option>
              <option value="READ">Read only</option>
            </Select>
          )}
        </Field>
        <Field label="Expires" errors={fieldErrors?.expiresInDays}>
          {(p) => (
            <Select {...p} name="expiresInDays" defaultValue="90">
              <option value="7">In 7 days</option>
              <option value="30">In 30 days</option>
              <option value="90">In 90 days</option>
              <option value="365">In a year</option>
              <option value="never">Never</option>
            </Select>
          )}
        </Field>
        <div className="sm:col-span-3">
          <Button type="submit" variant="secondary" pending={pending}>
            {pending ? "Creating…" : "Create token"}
          </Button>
        </div>
      </form>
      <FormMessage state={state} />
      {created ? (
        <div className="flex flex-col gap-1.5 rounded-md border border-amber-300 bg-amber-50 p-3">
          <label htmlFor={secretId} className="text-sm font-medium text-slate-800">
            Your new token “{created.name}”: copy it now, it will not be shown again
          </label>
          <Input
            id={secretId}
            readOnly
            value={created.token}
            className="font-mono"
            onFocus={(e) => e.target.select()}
          />
        </div>
      ) : null}
    </div>
  );
}
