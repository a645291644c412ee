import { z } from "zod";
import { searchParam } from "@/lib/validation/fields";

export const AUDIT_PAGE_SIZE = 50;

/**
 * /admin/audit?actor=&kind=&from=&to=&page= — each param validated on its own, so one bad
 * value is dropped instead of failing the page. Dates are the admin's calendar days, inclusive.
 */
export const auditFilterSchema = z.object({
  actor: searchParam.text(254),
  kind: searchParam.token(60, /^[A-Za-z][\w-]*$/),
  from: searchParam.isoDate(),
  to: searchParam.isoDate(),
  page: searchParam.page(100_000),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;
