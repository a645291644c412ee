import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DigestToggle } from "@/components/notifications/digest-toggle";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserOrRedirect } from "@/lib/auth/page-guards";
import { getDigestSettings } from "@/lib/notifications/queries";

export const metadata: Metadata = { title: "Notification settings" };

export default async function NotificationSettingsPage() {
  const user = await requireUserOrRedirect("/account/notifications");
  const settings = await getDigestSettings(user.id);
  if (!settings) notFound();
  return (
    <>
      <p className="mb-4 text-sm">
        <Link href="/account" className="font-medium text-brand-700 hover:underline">
          ← Account
        </Link>
      </p>
      <PageHeader title="Notification settings" description="What reaches you outside the app." />
      <Card className="max-w-xl">
        <CardHeader>
          <CardTitle>Email</CardTitle>
          <CardDescription>Sent to {settings.email}.</CardDescription>
        </CardHeader>
        <DigestToggle optedOut={settings.emailDigestOptOut} />
      </Card>
    </>
  );
}
