"use client";

import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { requestPasswordResetAction } from "@/lib/account/actions";

export function ForgotPasswordForm() {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(requestPasswordResetAction);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <Field label="Email" required errors={fieldErrors?.email}>
        {(control) => <Input {...control} name="email" type="email" autoComplete="email" inputMode="email" />}
      </Field>
      <Button type="submit" pending={pending} className="self-start">
        {pending ? "Sending…" : "Send reset link"}
      </Button>
    </form>
  );
}
