import { z } from "zod";
import { searchParam } from "@/lib/validation/fields";

export const AUDIT_PAGE_SIZE = 50;
/** The CSV holds the newest entries up to this many; narrow the filters for older ones. */
export const AUDIT_EXPORT_MAX_ROWS = 20_000;

/**
 * /admin/audit?actor=&kind=&from=&to=&page= (and the CSV export, which takes the same filters)
 * — each param validated on its own, so one bad value is dropped instead of failing the page.
 * Dates are the admin's calendar days, inclusive; a reversed range is read as the one meant.
 * A kind is a model's name; an old link's camelCase spelling ("checklistItem") still finds it.
 */
export const auditFilterSchema = z
  .object({
    // A NUL could not be sent to PostgreSQL: such a value is dropped like any malformed one.
    actor: searchParam.text(254).transform((actor) => (actor.includes("\u0000") ? "" : actor)),
    kind: searchParam
      .token(60, /^[A-Za-z][A-Za-z0-9]*$/)
      .transform((kind) => (kind ? kind.charAt(0).toUpperCase() + kind.slice(1) : undefined)),
    from: searchParam.isoDate(),
    to: searchParam.isoDate(),
    page: searchParam.page(100_000),
  })
  .transform((filter) =>
    filter.from && filter.to && filter.from > filter.to ? { ...filter, from: filter.to, to: filter.from } : filter,
  );
export type AuditFilter = z.output<typeof auditFilterSchema>;
