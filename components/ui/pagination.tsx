import Link from "next/link";
import { cn } from "@/lib/ui/cn";

type PaginationProps = {
  page: number;
  pageCount: number;
  /** The URL of a page, keeping the list's other search params. */
  hrefFor: (page: number) => string;
  /** Rows on every page; with `noun`, shown as "· 42 users" and kept visible on a single page. */
  total?: number;
  /** Plural (or singular, for 1) noun for the total, e.g. "users". */
  noun?: string;
};

/** First, last, and the current page with its neighbours; gaps become "…". */
function pageWindow(page: number, pageCount: number): Array<number | "gap"> {
  const pages = [...new Set([1, page - 1, page, page + 1, pageCount])]
    .filter((p) => p >= 1 && p <= pageCount)
    .sort((a, b) => a - b);
  return pages.flatMap((p, i) => (i > 0 && p - pages[i - 1]! > 1 ? (["gap", p] as const) : [p]));
}

const item = "inline-flex h-9 min-w-9 items-center justify-center rounded-md px-3 text-sm font-medium";

/**
 * The one pager of server-rendered lists (hours, reviews, notifications, admin users, audit):
 * plain links, so paging works without JavaScript and every page has its own URL.
 */
export function Pagination({ page, pageCount, hrefFor, total, noun }: PaginationProps) {
  const counted = total !== undefined && noun !== undefined;
  if (total === 0 || (pageCount <= 1 && !counted)) return null;
  const current = Math.min(page, pageCount);
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
        Page {current} of {pageCount}
        {counted ? ` · ${total} ${noun}` : null}
      </p>
      {pageCount > 1 ? (
        <ul className="flex flex-wrap items-center gap-1">
          <li>{edge(current - 1, "Previous", "prev", current > 1)}</li>
          {pageWindow(current, pageCount).map((p, i) =>
            p === "gap" ? (
              <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-500">
                …
              </li>
            ) : (
              <li key={p}>
                <Link
                  href={hrefFor(p)}
                  aria-label={`Page ${p}`}
                  aria-current={p === current ? "page" : undefined}
                  className={cn(item, p === current ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-100")}
                >
                  {p}
                </Link>
              </li>
            ),
          )}
          <li>{edge(current + 1, "Next", "next", current < pageCount)}</li>
        </ul>
      ) : null}
    </nav>
  );
}

/** "/path?a=1&b=2" without empty values. */
export function hrefWith(path: string, params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
