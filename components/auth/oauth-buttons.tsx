"use client";

import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";

const labels = { github: "Continue with GitHub", google: "Continue with Google" } as const;

/** Shown only for the providers the server has credentials for (lib/env.ts → oauthProviders). */
export function OAuthButtons({
  providers,
  callbackUrl,
}: {
  providers: ReadonlyArray<keyof typeof labels>;
  callbackUrl: string;
}) {
  if (providers.length === 0) return null;
  return (
    <div className="flex flex-col gap-2">
      {providers.map((provider) => (
        <Button key={provider} variant="secondary" onClick={() => void signIn(provider, { callbackUrl })}>
          {labels[provider]}
        </Button>
      ))}
      <p className="text-center text-sm text-slate-600">or use your email</p>
    </div>
  );
}
