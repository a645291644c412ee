import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditorHeader } from "@/components/curriculum/editor-parts";
import { PageLinks } from "@/components/curriculum/page-links";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { EDITOR_PAGES, inTextGroup, TEXT_GROUP } from "@/lib/curriculum/parts";
import { getCurriculumSummary, getEditorGuide } from "@/lib/curriculum/queries";
import { guideParamSchema, type GuideParams } from "@/lib/guide-lifecycle/schema";

export const metadata: Metadata = { title: "Text sections · Curriculum" };

export default async function TextSectionsPage({ searchParams }: { searchParams: Promise<GuideParams> }) {
  await requireRoleOrForbidden(["ADMIN"], `/admin/curriculum/${TEXT_GROUP.route}`);
  const guide = await getEditorGuide(guideParamSchema.parse(await searchParams).guide);
  if (!guide) notFound();
  const summary = await getCurriculumSummary(guide.id);
  const pages = EDITOR_PAGES.filter(inTextGroup).map((page) => ({
    route: page.route,
    title: page.title,
    detail: String(summary[page.route] ?? 0),
  }));
  return (
    <>
      <EditorHeader
        title={TEXT_GROUP.title}
        guideTitle={guide.title}
        guideSlug={guide.slug}
        description="The guide's lists and explanations shown around the path."
      />
      <PageLinks pages={pages} guideSlug={guide.slug} compact />
    </>
  );
}
