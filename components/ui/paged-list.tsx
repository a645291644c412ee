import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";

type Message = { title: string; description?: string };

/**
 * A filtered, paged list of a server-rendered page (admin users, audit log): the rows, or the
 * right empty state (nothing yet, nothing matches the filters, or a page past the end with a
 * way back), then the pager. `hrefFor(page)` keeps the filters; page 1 is the first page.
 */
export function PagedList({
  rowCount,
  page,
  pageCount,
  total,
  nouns,
  filtered,
  none,
  noMatch,
  backLabel = "Back to the first page",
  hrefFor,
  children,
}: {
  /** Rows on this page. */
  rowCount: number;
  page: number;
  pageCount: number;
  /** Rows matching the filters, on every page. */
  total: number;
  /** [singular, plural]: "user", "users". */
  nouns: [string, string];
  filtered: boolean;
  none: Message;
  noMatch: Message;
  backLabel?: string;
  hrefFor: (page: number) => string;
  children: ReactNode;
}) {
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
