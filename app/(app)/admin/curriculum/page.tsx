import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditorHeader } from "@/components/curriculum/editor-parts";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getCurriculumSummary, getEditorGuide } from "@/lib/curriculum/queries";

export const metadata: Metadata = { title: "Curriculum editor" };

/** The editor's index: every part of the guide, with what it holds today. */
export default async function CurriculumEditorPage() {
  await requireRoleOrForbidden(["ADMIN"], "/admin/curriculum");
  const guide = await getEditorGuide();
  if (!guide) notFound();
  const summary = await getCurriculumSummary(guide.id);
  const textCount = Object.values(summary.textItems).reduce((sum, n) => sum + (n ?? 0), 0);
  const parts = [
    {
      href: "settings",
      title: "Guide settings",
      detail: `Title, tagline, overview · review window ${guide.reviewWindowDays} days`,
    },
    {
      href: "phases",
      title: "Phases",
      detail: `${summary.phases} phases · ${summary.totalHours} h in total, with topics, actions and deliverables`,
    },
    { href: "sub-skills", title: "Sub-skills & weights", detail: `${summary.subSkills} sub-skills` },
    { href: "levels", title: "Levels & thresholds", detail: `${summary.levels} levels` },
    { href: "quiz", title: "Quiz questions", detail: `${summary.quizQuestions} questions` },
    { href: "self-checks", title: "Self-check questions", detail: `${summary.selfChecks} questions` },
    { href: "projects", title: "Portfolio projects", detail: `${summary.projects} project ideas` },
    {
      href: "text",
      title: "Text sections",
      detail: `${textCount} list entries · ${summary.faqs} FAQ · ${summary.useCases} use cases · ${summary.redFlags} red flags`,
    },
  ];
  return (
    <>
      <EditorHeader
        title="Curriculum editor"
        guideTitle={guide.title}
        back={{ href: "/admin", label: "Overview" }}
        description="Every change is checked, recorded in the audit log with its before and after values, and shown to learners who started earlier. Items learners have used are archived, never deleted."
      />
      <ul className="grid gap-4 sm:grid-cols-2">
        {parts.map((part) => (
          <li key={part.href}>
            <Link
              href={`/admin/curriculum/${part.href}`}
              className="flex h-full flex-col gap-1 rounded-lg border border-slate-200 bg-white p-5 shadow-sm transition-colors hover:border-brand-300 hover:bg-brand-50"
            >
              <span className="text-lg font-semibold text-slate-900">{part.title}</span>
              <span className="text-sm text-slate-600">{part.detail}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
