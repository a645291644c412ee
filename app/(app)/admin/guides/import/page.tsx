import type { Metadata } from "next";
import { GuideExportList } from "@/components/guide-files/export-list";
import { GuideImportForm } from "@/components/guide-files/import-form";
import { BackLink } from "@/components/ui/back-link";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { listGuidesForImport } from "@/lib/guide-files/queries";

export const metadata: Metadata = { title: "Import and export guides" };

/** Admins import a guide (JSON or a guide page's copied text) and download any guide as JSON. */
export default async function GuideImportPage() {
  await requireRoleOrForbidden(["ADMIN"], "/admin/guides/import");
  const guides = await listGuidesForImport();
  return (
    <>
      <BackLink href="/admin">Admin</BackLink>
      <PageHeader
        eyebrow="Admin"
        title="Import and export guides"
        description="Import a new guide or a new version of one; nothing is saved before you confirm the preview. A new version archives what it drops, so learners keep their progress and see the changes."
      />
      <div className="flex flex-col gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Import</CardTitle>
            <CardDescription>
              The format is described in the{" "}
              <a href="/api/guides/format-schema" className="font-medium text-brand-700 underline underline-offset-2">
                guide format&apos;s JSON Schema
              </a>
              .
            </CardDescription>
          </CardHeader>
          <div>
            <GuideImportForm guides={guides} />
          </div>
        </Card>
        <GuideExportList guides={guides} />
      </div>
    </>
  );
}
