import type { Metadata } from "next";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getAccountSettings } from "@/lib/account/queries";
import { requireUserOrRedirect } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Delete account" };

export default async function DeleteAccountPage() {
  const user = await requireUserOrRedirect("/account/delete");
  const account = await getAccountSettings(user.id);
  return (
    <div className="mx-auto flex w-full max-w-lg flex-col gap-6">
      <PageHeader title="Delete your account" eyebrow="Account" className="mb-0" />
      <Card className="flex flex-col gap-4">
        <div className="flex flex-col gap-2 text-sm text-slate-700">
          <p>This permanently deletes:</p>
          <ul className="list-disc pl-5">
            <li>your profile and sign-in methods;</li>
            <li>the hours you logged, your checklist progress and notes;</li>
            <li>your submissions, with your mentors&apos; reviews and comments on them;</li>
            <li>your quiz attempts, self-assessments, project progress and notifications.</li>
          </ul>
          <p>
            Comments and reviews you wrote on other people&apos;s work stay, without your name. A record that the
            account was deleted is kept. Consider{" "}
            <a href="/api/account/export" className="font-medium text-brand-700 underline">
              exporting your data
            </a>{" "}
            first.
          </p>
        </div>
        <DeleteAccountForm email={user.email} askPassword={account?.hasPassword ?? true} />
      </Card>
    </div>
  );
}
