import { z } from "zod";
import { isIsoDate } from "@/lib/progress/calendar";

export const AUDIT_PAGE_SIZE = 50;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const text = (max: number) => z.preprocess(firstValue, z.string().trim().max(max).catch("")).default("");
const isoDate = z.preprocess(firstValue, z.string().trim().refine(isIsoDate).optional().catch(undefined));

/**
 * /admin/audit?actor=&kind=&from=&to=&page= — each param validated on its own, so one bad
 * value is dropped instead of failing the page. Dates are the admin's calendar days, inclusive.
 */
export const auditFilterSchema = z.object({
  actor: text(254),
  kind: z.preprocess(
    firstValue,
    z
      .string()
      .trim()
      .regex(/^[A-Za-z][\w-]*$/)
      .max(60)
      .optional()
      .catch(undefined),
  ),
  from: isoDate,
  to: isoDate,
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(100_000).catch(1)).default(1),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;
