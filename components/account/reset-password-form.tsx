"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/forms/form-message";
import { formAction } from "@/components/forms/form-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { resetPasswordAction } from "@/lib/account/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/schema";

export function ResetPasswordForm({ token }: { token: string }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(resetPasswordAction);
  if (state?.ok) {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage state={state} />
        <Link href="/sign-in" className="font-medium text-brand-700 underline-offset-4 hover:underline">
          Go to sign in
        </Link>
      </div>
    );
  }
  // A bad token is reported on the form, not on a hidden field nobody can see.
  const shown = state && fieldErrors?.token ? { ...state, message: fieldErrors.token[0] ?? state.message } : state;
  return (
    <form
      action={formAction(resetPasswordAction)}
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-4"
    >
      <FormMessage state={shown} />
      <input type="hidden" name="token" value={token} />
      <Field
        label="New password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        errors={fieldErrors?.password}
      >
        {(control) => <Input {...control} name="password" type="password" autoComplete="new-password" />}
      </Field>
      <Field label="Repeat the new password" required errors={fieldErrors?.confirmPassword}>
        {(control) => <Input {...control} name="confirmPassword" type="password" autoComplete="new-password" />}
      </Field>
      <Button type="submit" pending={pending} className="self-start">
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
