"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * next-auth's sign-out, as `signOut({ callbackUrl: "/" })` of next-auth/react does it: fetch a
 * CSRF token, POST it to /api/auth/signout (which clears the session cookie), go where the
 * answer says. Written out because this button is in every signed-in page's header, and
 * importing next-auth/react for it shipped that whole client library (about 12 KB compressed)
 * to every page.
 */
async function signOut(callbackUrl: string): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  const { url } = (await response.json().catch(() => ({}))) as { url?: string };
  window.location.href = url ?? callbackUrl;
}

/** Clears the session cookie through next-auth (a CSRF-protected POST), then goes home. */
export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="ghost"
      size="sm"
      pending={pending}
      onClick={() => {
        setPending(true);
        // On a network failure the button comes back, so the user can try again.
        signOut("/").catch(() => setPending(false));
      }}
    >
      Sign out
    </Button>
  );
}
