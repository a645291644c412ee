import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditorHeader } from "@/components/curriculum/editor-parts";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { TEXT_SECTIONS } from "@/lib/curriculum/schema";
import { getCurriculumSummary, getEditorGuide } from "@/lib/curriculum/queries";

export const metadata: Metadata = { title: "Text sections · Curriculum" };

export default async function TextSectionsPage() {
  await requireRoleOrForbidden(["ADMIN"], "/admin/curriculum/text");
  const guide = await getEditorGuide();
  if (!guide) notFound();
  const summary = await getCurriculumSummary(guide.id);
  const sections = [
    ...TEXT_SECTIONS.map((s) => ({ href: s.slug, title: s.title, count: summary.textItems[s.kind] ?? 0 })),
    { href: "faq", title: "FAQ", count: summary.faqs },
    { href: "use-cases", title: "Use cases", count: summary.useCases },
    { href: "red-flags", title: "Red flags", count: summary.redFlags },
  ];
  return (
    <>
      <EditorHeader
        title="Text sections"
        guideTitle={guide.title}
        description="The guide's lists and explanations shown around the path."
      />
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {sections.map((section) => (
          <li key={section.href}>
            <Link
              href={`/admin/curriculum/text/${section.href}`}
              className="flex h-full items-baseline justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-300 hover:bg-brand-50"
            >
              <span className="font-medium text-slate-900">{section.title}</span>
              <span className="text-sm text-slate-600 tabular-nums">{section.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
