"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ActionState } from "@/lib/actions/result";
import { postToNextAuth } from "@/lib/auth/next-auth-post";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

/**
 * next-auth's credentials sign-in, as `signIn("credentials", { redirect: false })` of
 * next-auth/react does it (lib/auth/next-auth-post.ts): next-auth's error code from the address
 * the answer names, or null once the session cookie is set.
 */
async function signInWithPassword(email: string, password: string, callbackUrl: string): Promise<string | null> {
  const url = await postToNextAuth("callback/credentials", { email, password, callbackUrl });
  if (!url) return "Unavailable";
  return new URL(url, window.location.href).searchParams.get("error");
}

/**
 * Email + password sign-in through next-auth's credentials provider (no redirect, so
 * the error comes back here and is shown in the live region instead of on another page).
 * Before JavaScript has loaded, the same form posts to next-auth's endpoint with its CSRF
 * token (set by proxy.ts), which redirects to `callbackUrl` or back here with `?error=`: the
 * password never goes into the address.
 */
export function SignInForm({
  callbackUrl,
  csrfToken,
  initialError,
  initialNotice,
}: {
  callbackUrl: string;
  csrfToken: string | null;
  initialError?: string | null;
  /** Why the user is here, e.g. after a password change signed them out. */
  initialNotice?: string | null;
}) {
  const router = useRouter();
  const { state, pending, onSubmit } = useActionForm(
    async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
      const error = await signInWithPassword(
        String(formData.get("email") ?? ""),
        String(formData.get("password") ?? ""),
        callbackUrl,
      ).catch(() => "Unavailable");
      if (error) return { ok: false, message: signInErrorMessage(error) ?? "" };
      router.replace(callbackUrl);
      router.refresh();
      return { ok: true, message: "Signed in. Loading…" };
    },
  );
  const shown: ActionState =
    state ??
    (initialError ? { ok: false, message: initialError } : initialNotice ? { ok: true, message: initialNotice } : null);

  return (
    <form
      method="post"
      action="/api/auth/callback/credentials"
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-4"
    >
      <input type="hidden" name="csrfToken" value={csrfToken ?? ""} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormMessage state={shown} />
      <Field label="Email" required>
        {(control) => <Input {...control} name="email" type="email" autoComplete="email" inputMode="email" />}
      </Field>
      <Field label="Password" required>
        {(control) => <Input {...control} name="password" type="password" autoComplete="current-password" />}
      </Field>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Button type="submit" pending={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
        <Link href="/forgot-password" className="text-sm font-medium text-brand-700 underline-offset-4 hover:underline">
          Forgot your password?
        </Link>
      </div>
    </form>
  );
}
