"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/forms/form-message";
import { formAction } from "@/components/forms/form-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { deleteAccountAction } from "@/lib/account/actions";
import type { ActionState } from "@/lib/actions/result";

/**
 * Typed confirmation, and the password for accounts that have one; after the deletion, signing
 * out clears the now-orphaned session cookie.
 */
export function DeleteAccountForm({ email, askPassword }: { email: string; askPassword: boolean }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(async (previous: ActionState, formData: FormData) => {
    const result = await deleteAccountAction(previous, formData);
    if (result.ok) await signOut({ callbackUrl: "/" });
    return result;
  });
  return (
    <form
      action={formAction(deleteAccountAction)}
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-4"
    >
      <FormMessage state={state} />
      <Field
        label={
          <>
            Type <span className="font-mono">{email}</span> to confirm
          </>
        }
        required
        errors={fieldErrors?.confirmEmail}
      >
        {(control) => <Input {...control} name="confirmEmail" type="email" autoComplete="off" spellCheck={false} />}
      </Field>
      {askPassword ? (
        <Field label="Your password" required errors={fieldErrors?.password}>
          {(control) => <Input {...control} name="password" type="password" autoComplete="current-password" />}
        </Field>
      ) : null}
      <Button type="submit" variant="danger" pending={pending} className="self-start">
        {pending ? "Deleting…" : "Delete my account and all my data"}
      </Button>
    </form>
  );
}
