import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignUpForm } from "@/components/account/sign-up-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { homePathFor } from "@/lib/auth/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { oauthProviders } from "@/lib/env";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage() {
  const user = await getCurrentUser();
  if (user) redirect(homePathFor(user.role));
  const enabled = oauthProviders();
  const providers = (["github", "google"] as const).filter((provider) => enabled[provider]);
  return (
    <>
      <PageHeader
        title="Create your account"
        description="Track your hours, tick off topics and get your work reviewed on the ML Infrastructure path."
        className="mb-0"
      />
      <Card className="flex flex-col gap-6">
        <OAuthButtons providers={providers} callbackUrl="/dashboard" />
        <SignUpForm />
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
