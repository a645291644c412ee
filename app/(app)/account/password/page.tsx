import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserOrRedirect } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Change password" };

export default async function ChangePasswordPage() {
  await requireUserOrRedirect("/account/password");
  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6">
      <PageHeader title="Change password" eyebrow="Account" className="mb-0" />
      <Card>
        <ChangePasswordForm />
      </Card>
    </div>
  );
}
