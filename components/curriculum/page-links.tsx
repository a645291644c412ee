import Link from "next/link";
import { editorHref } from "@/lib/curriculum/href";
import { cn } from "@/lib/ui/cn";

/** The editor's index cards: one link per page of the curriculum, with what it holds. */
export function PageLinks({
  pages,
  guideSlug,
  compact = false,
}: {
  pages: ReadonlyArray<{ route: string; title: string; detail?: string }>;
  guideSlug: string;
  compact?: boolean;
}) {
  return (
    <ul className={cn("grid gap-4 sm:grid-cols-2", compact && "gap-3 lg:grid-cols-3")}>
      {pages.map((page) => (
        <li key={page.route}>
          <Link
            href={editorHref(`/admin/curriculum/${page.route}`, guideSlug)}
            className={cn(
              "flex h-full rounded-lg border border-slate-200 bg-white shadow-sm transition-colors hover:border-brand-300 hover:bg-brand-50",
              compact ? "items-baseline justify-between gap-3 p-4" : "flex-col gap-1 p-5",
            )}
          >
            <span className={compact ? "font-medium text-slate-900" : "text-lg font-semibold text-slate-900"}>
              {page.title}
            </span>
            {page.detail ? (
              <span className={cn("text-sm text-slate-600", compact && "tabular-nums")}>{page.detail}</span>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
