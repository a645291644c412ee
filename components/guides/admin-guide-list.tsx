import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { STATUS_LABELS, type GuideStatusName } from "@/lib/guide-lifecycle/rules";
import type { AdminGuideRow } from "@/lib/guide-lifecycle/queries";
import { countOf } from "@/lib/ui/format";

export const STATUS_TONES: Record<GuideStatusName, BadgeTone> = {
  DRAFT: "warning",
  PUBLISHED: "success",
  ARCHIVED: "neutral",
};

/** Every guide for the admin: status, size and enrolled learners, each opening its page. */
export function AdminGuideList({ guides, formId }: { guides: readonly AdminGuideRow[]; formId: string }) {
  if (guides.length === 0)
    return (
      <EmptyState
        title="No guides yet"
        description="A guide is a learning path learners enrol in. Create a draft, fill its curriculum, then publish it."
        action={
          <a href={`#${formId}`} className="text-sm font-medium text-brand-800 underline">
            Create a guide
          </a>
        }
      />
    );
  return (
    <ul className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {guides.map((guide) => (
        <li key={guide.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 p-4">
          <Link href={`/admin/guides/${guide.slug}`} className="rounded font-medium text-brand-800 hover:underline">
            {guide.title}
          </Link>
          <Badge tone={STATUS_TONES[guide.status]}>{STATUS_LABELS[guide.status]}</Badge>
          <span className="text-sm text-slate-600 sm:ml-auto">
            {countOf(guide.phases, "phase", "phases")} · {countOf(guide.learners, "learner", "learners")} enrolled
          </span>
        </li>
      ))}
    </ul>
  );
}
