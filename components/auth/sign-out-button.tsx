"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { postToNextAuth } from "@/lib/auth/next-auth-post";

/** next-auth's sign-out, as `signOut({ callbackUrl })` of next-auth/react does it: the POST clears the session cookie. */
async function signOut(callbackUrl: string): Promise<void> {
  window.location.href = (await postToNextAuth("signout", { callbackUrl })) ?? callbackUrl;
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
