import type { Metadata } from "next";
import { AdminGuideList } from "@/components/guides/admin-guide-list";
import { CreateGuideForm } from "@/components/guides/create-guide-form";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { PagedList } from "@/components/ui/paged-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { listAdminGuides } from "@/lib/guide-lifecycle/queries";
import type { SearchParams } from "@/lib/ui/search-params";
import { searchParam } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Guides · Admin" };

const noGuides = {
  title: "No guides yet",
  description: "A guide is a learning path learners enrol in. Create a draft, fill its curriculum, then publish it.",
  action: (
    <a href="#new-guide" className="text-sm font-medium text-brand-800 underline">
      Create a guide
    </a>
  ),
};

/** Every guide with its status and learners, and a form for a new draft. Admins only. */
export default async function AdminGuidesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireRoleOrForbidden(["ADMIN"], "/admin/guides");
  const list = await listAdminGuides(searchParam.page().parse((await searchParams).page));
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
          <PagedList
            rowCount={list.guides.length}
            paging={list}
            path="/admin/guides"
            filters={{}}
            nouns={["guide", "guides"]}
            none={noGuides}
            noMatch={noGuides}
          >
            <AdminGuideList guides={list.guides} />
          </PagedList>
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
