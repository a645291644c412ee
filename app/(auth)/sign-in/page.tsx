import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { safeCallbackPath } from "@/lib/auth/config";
import { signInCsrfToken } from "@/lib/auth/csrf-token";
import { SIGNED_UP_MESSAGE, SIGNED_UP_NOTICE } from "@/lib/auth/schema";
import { homePathFor } from "@/lib/auth/navigation";
import { firstParam, type SearchParams } from "@/lib/auth/search-params";
import { getCurrentUser } from "@/lib/auth/session";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { configuredOAuthProviders } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

const NOTICES = new Map<string, string>([
  ["password-changed", "Your password has been changed and you were signed out everywhere. Sign in with the new one."],
  ["signed-out-everywhere", "You were signed out on every device. Sign in again to continue."],
  [SIGNED_UP_NOTICE, SIGNED_UP_MESSAGE],
]);

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const requested = firstParam(params.callbackUrl);
  const user = await getCurrentUser();
  if (user) redirect(safeCallbackPath(requested, homePathFor(user.role)));

  const callbackUrl = safeCallbackPath(requested);
  const providers = configuredOAuthProviders();
  const csrfToken = await signInCsrfToken();
  return (
    <>
      <PageHeader title="Sign in" description="Welcome back. Pick up where you left off." className="mb-0" />
      <Card className="flex flex-col gap-6">
        <OAuthButtons providers={providers} callbackUrl={callbackUrl} csrfToken={csrfToken} />
        <SignInForm
          callbackUrl={callbackUrl}
          initialError={signInErrorMessage(firstParam(params.error))}
          csrfToken={csrfToken}
          initialNotice={NOTICES.get(firstParam(params.notice) ?? "") ?? null}
        />
      </Card>
      <p className="text-sm text-slate-600">
        New to Skilltrail?{" "}
        <Link href="/sign-up" className="font-medium text-brand-700 underline-offset-4 hover:underline">
          Create an account
        </Link>
      </p>
    </>
  );
}
