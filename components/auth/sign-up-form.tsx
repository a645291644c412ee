"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { signUpAction } from "@/lib/auth/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/schema";
import type { ActionState } from "@/lib/actions/result";

type SignUpState = ActionState<{ email: string }>;

/** Creates the account with a server action, then signs in with the same credentials. */
export function SignUpForm() {
  const router = useRouter();
  const { state, pending, onSubmit, fieldErrors } = useActionForm(
    async (previous: SignUpState, formData: FormData): Promise<SignUpState> => {
      const created = await signUpAction(previous, formData);
      if (!created.ok) return created;
      const signedIn = await signIn("credentials", {
        email: String(formData.get("email") ?? ""),
        password: String(formData.get("password") ?? ""),
        redirect: false,
      });
      if (!signedIn || signedIn.error) {
        return { ok: false, message: "Your account was created, but signing in failed. Please sign in." };
      }
      router.replace("/dashboard");
      router.refresh();
      return created;
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <Field label="Name" required errors={fieldErrors?.name}>
        {(control) => <Input {...control} name="name" autoComplete="name" maxLength={100} />}
      </Field>
      <Field label="Email" required errors={fieldErrors?.email}>
        {(control) => <Input {...control} name="email" type="email" autoComplete="email" inputMode="email" />}
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
