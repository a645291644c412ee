import Link from "next/link";
import { cn } from "@/lib/ui/cn";

type PaginationProps = {
  page: number;
  pageCount: number;
  /** The URL of a page, keeping the list's other search params. */
  hrefFor: (page: number) => string;
};

/** First, last, and the current page with its neighbours; gaps become "…". */
export function pageWindow(page: number, pageCount: number): Array<number | "gap"> {
  const pages = [...new Set([1, page - 1, page, page + 1, pageCount])]
    .filter((p) => p >= 1 && p <= pageCount)
    .sort((a, b) => a - b);
  return pages.flatMap((p, i) => (i > 0 && p - pages[i - 1]! > 1 ? (["gap", p] as const) : [p]));
}

const item = "inline-flex h-9 min-w-9 items-center justify-center rounded-md px-3 text-sm font-medium";

/** Page links for a server-rendered list (plain links, so they work without JavaScript). */
export function Pagination({ page, pageCount, hrefFor }: PaginationProps) {
  if (pageCount <= 1) return null;
  const edge = (target: number, text: string, rel: "prev" | "next", enabled: boolean) =>
    enabled ? (
      <Link href={hrefFor(target)} rel={rel} className={cn(item, "text-slate-700 hover:bg-slate-100")}>
        {text}
      </Link>
    ) : (
      <span aria-disabled="true" className={cn(item, "text-slate-400")}>
        {text}
      </span>
    );
  return (
    <nav aria-label="Pagination" className="mt-6 flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
      <p className="text-sm text-slate-600">
        Page {page} of {pageCount}
      </p>
      <ul className="flex flex-wrap items-center gap-1">
        <li>{edge(page - 1, "Previous", "prev", page > 1)}</li>
        {pageWindow(page, pageCount).map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-500">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={hrefFor(p)}
                aria-label={`Page ${p}`}
                aria-current={p === page ? "page" : undefined}
                className={cn(item, p === page ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-100")}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        <li>{edge(page + 1, "Next", "next", page < pageCount)}</li>
      </ul>
    </nav>
  );
}
