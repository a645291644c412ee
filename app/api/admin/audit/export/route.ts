import { NO_STORE, routeUserWithRole } from "@/lib/auth/route-guard";
import { auditCsv } from "@/lib/audit/csv";
import { exportAuditEntries } from "@/lib/audit/queries";
import { auditFilterSchema } from "@/lib/audit/schema";
import { todayInTimeZone } from "@/lib/progress/calendar";

/**
 * GET /api/admin/audit/export?actor=&kind=&from=&to= — the audit entries the page's filters
 * match (all pages), as CSV, newest first, times in the admin's zone. Admins only: checked
 * here, on the server, for every request. Filters are read as the page reads them: a malformed
 * one is dropped, never an error.
 */
export async function GET(request: Request): Promise<Response> {
  const guard = await routeUserWithRole("ADMIN");
  if ("refused" in guard) return guard.refused;
  const timeZone = guard.user.timeZone;
  const params = new URL(request.url).searchParams;
  const filter = auditFilterSchema.parse({
    actor: params.get("actor") ?? undefined,
    kind: params.get("kind") ?? undefined,
    from: params.get("from") ?? undefined,
    to: params.get("to") ?? undefined,
  });
  const csv = auditCsv(await exportAuditEntries(filter, timeZone), timeZone);
  return new Response(`\uFEFF${csv}`, {
    headers: {
      // The byte-order mark tells spreadsheet apps the file is UTF-8.
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="audit-log-${todayInTimeZone(new Date(), timeZone)}.csv"`,
      ...NO_STORE,
    },
  });
}
