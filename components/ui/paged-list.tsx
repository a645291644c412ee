import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { hrefWith, Pagination } from "@/components/ui/pagination";

type Message = { title: string; description?: string };

/**
 * A filtered, paged list of a server-rendered page (admin users, audit log): the rows, or the
 * right empty state (nothing yet, nothing matches the filters, or a page past the end with a
 * way back), then the pager. Page links are `path` with the filters kept; page 1 is the first
 * page and has no `page` parameter.
 */
export function PagedList({
  rowCount,
  paging: { page, pageCount, total },
  path,
  filters,
  nouns,
  none,
  noMatch,
  backLabel = "Back to the first page",
  clearLabel = "Clear filters",
  children,
}: {
  /** Rows on this page. */
  rowCount: number;
  /** `total`: rows matching the filters, on every page. */
  paging: { page: number; pageCount: number; total: number };
  path: string;
  /** The filters in the URL; the list counts as filtered when any is set. */
  filters: Record<string, string | undefined>;
  /** [singular, plural]: "user", "users". */
  nouns: [string, string];
  none: Message;
  noMatch: Message;
  backLabel?: string;
  /** The way out of "nothing matches": the list without its filters. */
  clearLabel?: string;
  children: ReactNode;
}) {
  const hrefFor = (target: number) => hrefWith(path, { ...filters, page: target === 1 ? undefined : target });
  const filtered = Object.values(filters).some(Boolean);
  const empty = total > 0 ? { title: "This page is past the end" } : filtered ? noMatch : none;
  return (
    <>
      {rowCount === 0 ? (
        <EmptyState
          title={empty.title}
          description={empty.description}
          action={
            total > 0 ? (
              <ButtonLink href={hrefFor(1)} variant="secondary">
                {backLabel}
              </ButtonLink>
            ) : filtered ? (
              <ButtonLink href={path} variant="secondary">
                {clearLabel}
              </ButtonLink>
            ) : undefined
          }
        />
      ) : (
        children
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        total={total}
        noun={total === 1 ? nouns[0] : nouns[1]}
        hrefFor={hrefFor}
      />
    </>
  );
}
