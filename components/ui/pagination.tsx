import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

/**
 * Previous / next links with "Page x of y" between them. Plain links, so paging works without
 * JavaScript and every page has its own URL. `hrefFor` builds a page's URL with the filters kept.
 */
export function Pagination({
  page,
  pageCount,
  total,
  noun,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  total: number;
  /** Plural noun for the total, e.g. "users". */
  noun: string;
  hrefFor: (page: number) => string;
}) {
  if (total === 0) return null;
  const link = (target: number, label: string, rel: "prev" | "next") =>
    target >= 1 && target <= pageCount ? (
      <Link href={hrefFor(target)} rel={rel} className={buttonClasses({ variant: "secondary", size: "sm" })}>
        {label}
      </Link>
    ) : (
      <span aria-disabled="true" className={buttonClasses({ variant: "secondary", size: "sm" })}>
        {label}
      </span>
    );
  return (
    <nav
      aria-label="Pagination"
      className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-700"
    >
      <p>
        Page {Math.min(page, pageCount)} of {pageCount} · {total} {noun}
      </p>
      <div className="flex gap-2">
        {link(page - 1, "← Previous", "prev")}
        {link(page + 1, "Next →", "next")}
      </div>
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
