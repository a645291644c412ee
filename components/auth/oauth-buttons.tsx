import { Button } from "@/components/ui/button";

const labels = { github: "Continue with GitHub", google: "Continue with Google" } as const;

/**
 * Shown only for the providers the server has credentials for (lib/env.ts → configuredOAuthProviders).
 * Each button is a plain form post to next-auth's `/api/auth/signin/<provider>` with the CSRF
 * token, as next-auth's own sign-in page does it: next-auth answers with a redirect to the
 * provider, so no client JavaScript is needed (next-auth/react stays out of the /sign-in chunk).
 */
export function OAuthButtons({
  providers,
  callbackUrl,
  csrfToken,
}: {
  providers: ReadonlyArray<keyof typeof labels>;
  callbackUrl: string;
  /** From the CSRF cookie proxy.ts gives /sign-in and /sign-up. */
  csrfToken: string | null;
}) {
  if (providers.length === 0) return null;
  return (
    <div className="flex flex-col gap-2">
      {providers.map((provider) => (
        <form key={provider} method="post" action={`/api/auth/signin/${provider}`} className="flex flex-col">
          <input type="hidden" name="csrfToken" value={csrfToken ?? ""} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <Button type="submit" variant="secondary">
            {labels[provider]}
          </Button>
        </form>
      ))}
      <p className="text-center text-sm text-slate-600">or use your email</p>
    </div>
  );
}
