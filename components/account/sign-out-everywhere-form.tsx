"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/forms/form-message";
import { formAction } from "@/components/forms/form-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { signOutEverywhereAction } from "@/lib/account/actions";
import type { ActionState } from "@/lib/actions/result";

/** Ends every session of the account (a lost phone, a shared computer), this one included. */
export function SignOutEverywhereForm() {
  const { state, pending, onSubmit } = useActionForm(async (previous: ActionState, formData: FormData) => {
    const result = await signOutEverywhereAction(previous, formData);
    if (result.ok) await signOut({ callbackUrl: "/sign-in?notice=signed-out-everywhere" });
    return result;
  });
  return (
    <form
      action={formAction(signOutEverywhereAction)}
      method="post"
      onSubmit={onSubmit}
      className="flex flex-col gap-3"
    >
      <FormMessage state={state} />
      <Button type="submit" variant="secondary" pending={pending} className="self-start">
        {pending ? "Signing out…" : "Sign out everywhere"}
      </Button>
    </form>
  );
}
