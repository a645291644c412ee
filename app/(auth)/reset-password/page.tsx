import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { INVALID_RESET_LINK_MESSAGE } from "@/lib/auth/schema";
import { firstParam, type SearchParams } from "@/lib/auth/search-params";

// The link carries its token: no Referer takes it to another site ("same-origin", not
// "no-referrer": under that a form posted without JavaScript carries `Origin: null`).
export const metadata: Metadata = { title: "Choose a new password", referrer: "same-origin" };

/** The token is checked when the form is sent (one place decides: lib/account/password-reset.ts). */
export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const token = firstParam((await searchParams).token);
  if (!token) {
    return (
      <EmptyState
        headingLevel="h1"
        title="This reset link is incomplete"
        description={INVALID_RESET_LINK_MESSAGE}
        action={
          <Link href="/forgot-password" className="font-medium text-brand-700 underline-offset-4 hover:underline">
            Request a new link
          </Link>
        }
      />
    );
  }
  return (
    <>
      <PageHeader title="Choose a new password" className="mb-0" />
      <Card>
        <ResetPasswordForm token={token} />
      </Card>
    </>
  );
}
