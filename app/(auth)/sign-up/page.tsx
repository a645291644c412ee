import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignUpForm } from "@/components/account/sign-up-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { signInCsrfToken } from "@/lib/auth/csrf-token";
import { homePathFor } from "@/lib/auth/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/lib/auth/search-params";
import { invitationForSignUp } from "@/lib/account/sign-up";
import { configuredOAuthProviders } from "@/lib/env";

// An invitation link carries its token: no Referer takes it to another site. Not "no-referrer":
// under it a form posted without JavaScript carries `Origin: null`, which server actions refuse.
export const metadata: Metadata = { title: "Create your account", referrer: "same-origin" };

const INVITATION_PROBLEMS = {
  expired: "This invitation has expired.",
  used: "This invitation was already used.",
  unknown: "This invitation link is not valid (it may have been revoked or sent again since).",
} as const;

/**
 * `?invite=<token>`: a cohort invitation. An open one fills in and locks the invited email, and
 * the account joins the cohort when it is created; one that no longer works says so, and the
 * ordinary sign-up form stays available.
 */
export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await getCurrentUser();
  if (user) redirect(homePathFor(user.role));
  const token = firstParam((await searchParams).invite);
  const invitation = token ? await invitationForSignUp(token) : null;
  const open = invitation?.status === "open" ? { token: token!, email: invitation.email } : undefined;
  const providers = configuredOAuthProviders();
  return (
    <>
      <PageHeader
        title="Create your account"
        description={
          invitation?.status === "open"
            ? `You're invited to join the cohort “${invitation.cohortName}”. Create your account to accept.`
            : "Track your hours, tick off topics and get your work reviewed on the ML Infrastructure path."
        }
        className="mb-0"
      />
      {invitation && invitation.status !== "open" ? (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          {INVITATION_PROBLEMS[invitation.status]} You can still create an account below; ask your admin for a new
          invitation to join the cohort.
        </p>
      ) : null}
      <Card className="flex flex-col gap-6">
        {/* An invitation is accepted by this form only: OAuth sign-up would skip it. */}
        {open ? null : (
          <OAuthButtons providers={providers} callbackUrl="/dashboard" csrfToken={await signInCsrfToken()} />
        )}
        <SignUpForm invitation={open} />
      </Card>
      <p className="text-sm text-slate-600">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-medium text-brand-700 underline-offset-4 hover:underline">
          Sign in
        </Link>
      </p>
    </>
  );
}
