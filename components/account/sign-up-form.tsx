"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { BrowserTimeZoneField } from "@/components/account/browser-time-zone";
import { FormMessage } from "@/components/forms/form-message";
import { formAction } from "@/components/forms/form-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { signUpAction } from "@/lib/account/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/schema";
import type { ActionState } from "@/lib/actions/result";

type SignUpState = ActionState<{ next: string }>;

/**
 * Creates the account with a server action, then goes to sign-in (the same for a new and an
 * existing email: see lib/account/actions.ts). The form posts to the action itself, so a click
 * before JavaScript has loaded sends a POST, never the password in the address. With a cohort
 * invitation, the invited email is filled in and read-only, and the token goes along.
 */
export function SignUpForm({ invitation }: { invitation?: { token: string; email: string } }) {
  const router = useRouter();
  const { state, pending, onSubmit, fieldErrors } = useActionForm(
    async (previous: SignUpState, formData: FormData): Promise<SignUpState> => {
      const result = await signUpAction(previous, formData);
      if (result.ok && result.data) router.replace(result.data.next);
      return result;
    },
  );

  return (
    <form
      action={formAction(signUpAction)}
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-4"
    >
      <FormMessage state={state} />
      {invitation ? <input type="hidden" name="invite" value={invitation.token} /> : null}
      <BrowserTimeZoneField />
      <Field label="Name" required errors={fieldErrors?.name}>
        {(control) => <Input {...control} name="name" autoComplete="name" maxLength={100} />}
      </Field>
      <Field
        label="Email"
        required
        hint={invitation ? "The address you were invited with: the invitation works for it only." : undefined}
        errors={fieldErrors?.email}
      >
        {(control) => (
          <Input
            {...control}
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            {...(invitation ? { defaultValue: invitation.email, readOnly: true } : {})}
          />
        )}
      </Field>
      <Field
        label="Password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words are easy to remember and hard to guess.`}
        errors={fieldErrors?.password}
      >
        {(control) => <Input {...control} name="password" type="password" autoComplete="new-password" />}
      </Field>
      <Button type="submit" pending={pending} className="self-start">
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
