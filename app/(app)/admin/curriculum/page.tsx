import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditorHeader } from "@/components/curriculum/editor-parts";
import { PageLinks } from "@/components/curriculum/page-links";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { EDITOR_PAGES, inTextGroup, TEXT_GROUP } from "@/lib/curriculum/parts";
import { GuideFilterForm } from "@/components/guides/guide-filter-form";
import { getCurriculumSummary, getEditorGuide, listEditorGuides } from "@/lib/curriculum/queries";
import { guideParamSchema, type GuideParams } from "@/lib/guide-lifecycle/schema";
import { countOf, plural } from "@/lib/ui/format";

export const metadata: Metadata = { title: "Curriculum editor" };

/** The editor's index: every part of the guide, with what it holds today. */
export default async function CurriculumEditorPage({ searchParams }: { searchParams: Promise<GuideParams> }) {
  await requireRoleOrForbidden(["ADMIN"], "/admin/curriculum");
  const { guide: slug } = guideParamSchema.parse(await searchParams);
  const [guide, guides] = await Promise.all([getEditorGuide(slug), listEditorGuides()]);
  if (!guide) notFound();
  const summary = await getCurriculumSummary(guide.id);
  const text = EDITOR_PAGES.filter(inTextGroup);
  const pages = [
    ...EDITOR_PAGES.filter((page) => !inTextGroup(page)).map((page) => ({
      route: page.route,
      title: page.title,
      detail:
        page.route in summary
          ? countOf(summary[page.route] ?? 0, page.part.singular, page.part.plural)
          : page.part.intro,
    })),
    {
      route: TEXT_GROUP.route,
      title: TEXT_GROUP.title,
      detail: `${countOf(
        text.reduce((sum, page) => sum + (summary[page.route] ?? 0), 0),
        "entry",
        "entries",
      )} in ${plural(text.length, "section")}`,
    },
  ];
  return (
    <>
      <EditorHeader
        title="Curriculum editor"
        guideTitle={guide.title}
        guideSlug={guide.slug}
        back={{ href: "/admin", label: "Overview" }}
        description="Every change is checked, recorded in the audit log with its before and after values, and shown to learners who started earlier. Items learners have used are archived, never deleted."
      />
      <GuideFilterForm
        action="/admin/curriculum"
        guides={guides}
        current={guide.slug}
        label="Guide to edit"
        submitLabel="Edit this guide"
      />
      <PageLinks pages={pages} guideSlug={guide.slug} />
      <p className="mt-6 text-sm text-slate-700">
        <Link href="/admin/guides/import" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          Import or export a guide
        </Link>{" "}
        as JSON, or import a new version from a guide page&apos;s copied text.
      </p>
    </>
  );
}
