import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { CatalogueGuide } from "@/lib/guides/queries";
import { countOf } from "@/lib/ui/format";

/** The catalogue's cards: each published guide with its size, and the learner's enrolment in it. */
export function CatalogueList({ guides }: { guides: readonly CatalogueGuide[] }) {
  if (guides.length === 0)
    return (
      <EmptyState
        title="No guides published yet"
        description="Published guides are listed here, each with its learning path. Check back soon."
      />
    );
  return (
    <ul className="grid gap-4 sm:grid-cols-2" aria-label="Guides">
      {guides.map((guide) => (
        <li key={guide.id} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-xs font-medium text-brand-700">{guide.category}</span>
            {guide.active ? <Badge tone="brand">Active</Badge> : guide.enrolled ? <Badge>Enrolled</Badge> : null}
          </div>
          <h2 className="text-lg font-semibold text-slate-900">
            <Link href={`/guides/${guide.slug}`} className="rounded hover:underline">
              {guide.title}
            </Link>
          </h2>
          <p className="text-sm text-slate-700">{guide.tagline}</p>
          <p className="mt-auto text-sm text-slate-600">
            {guide.totalHours} h · {countOf(guide.phases, "phase", "phases")} ·{" "}
            {countOf(guide.subSkills, "sub-skill", "sub-skills")}
          </p>
        </li>
      ))}
    </ul>
  );
}
