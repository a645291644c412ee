"use client";

import { signOut } from "next-auth/react";
import { useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/forms/form-message";
import { formAction } from "@/components/forms/form-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { changePasswordAction } from "@/lib/account/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/schema";
import type { ActionState } from "@/lib/actions/result";

export function ChangePasswordForm() {
  const form = useRef<HTMLFormElement>(null);
  const { state, pending, onSubmit, fieldErrors } = useActionForm(async (previous: ActionState, formData: FormData) => {
    const result = await changePasswordAction(previous, formData);
    if (result.ok) {
      form.current?.reset(); // passwords should not linger in the page
      // The change ended every session signed with the old password, this one included.
      await signOut({ callbackUrl: "/sign-in?notice=password-changed" });
    }
    return result;
  });
  return (
    <form
      ref={form}
      action={formAction(changePasswordAction)}
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-4"
    >
      <FormMessage state={state} />
      <Field label="Current password" required errors={fieldErrors?.currentPassword}>
        {(control) => <Input {...control} name="currentPassword" type="password" autoComplete="current-password" />}
      </Field>
      <Field
        label="New password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        errors={fieldErrors?.newPassword}
      >
        {(control) => <Input {...control} name="newPassword" type="password" autoComplete="new-password" />}
      </Field>
      <Field label="Repeat the new password" required errors={fieldErrors?.confirmPassword}>
        {(control) => <Input {...control} name="confirmPassword" type="password" autoComplete="new-password" />}
      </Field>
      <Button type="submit" pending={pending} className="self-start">
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
