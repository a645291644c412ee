import type { Metadata } from "next";
import { AdminGuideList } from "@/components/guides/admin-guide-list";
import { CreateGuideForm } from "@/components/guides/create-guide-form";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { listAdminGuides } from "@/lib/guide-lifecycle/queries";

export const metadata: Metadata = { title: "Guides · Admin" };

/** Every guide with its status and learners, and a form for a new draft. Admins only. */
export default async function AdminGuidesPage() {
  await requireRoleOrForbidden(["ADMIN"], "/admin/guides");
  const guides = await listAdminGuides();
  return (
    <>
      <PageHeader
        eyebrow="Admin"
        title="Guides"
        description="Drafts are only seen here; published guides are in the catalogue and take enrolments; archived guides keep their learners' records."
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="guide-list-heading">
          <h2 id="guide-list-heading" className="sr-only">
            All guides
          </h2>
          <AdminGuideList guides={guides} formId="new-guide" />
        </section>
        <Card className="self-start" id="new-guide" tabIndex={-1}>
          <CardHeader>
            <CardTitle>New guide</CardTitle>
          </CardHeader>
          <CreateGuideForm />
        </Card>
      </div>
    </>
  );
}
