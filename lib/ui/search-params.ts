/** A page's URL search parameters as Next.js hands them over (awaited): a name given twice is an array. */
export type SearchParams = Record<string, string | string[] | undefined>;
