/**
 * Page arithmetic of the server-rendered lists (PagedList): page 1 is the first, and an empty
 * list still has one page, so "page 1 of 1" and the empty state agree.
 */
export const pageCountOf = (total: number, pageSize: number): number => Math.max(1, Math.ceil(total / pageSize));

/** Rows to skip for `page` (1-based). */
export const offsetOf = (page: number, pageSize: number): number => (page - 1) * pageSize;
