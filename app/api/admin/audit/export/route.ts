import { AuthenticationError, AuthorizationError } from "@/lib/auth/errors";
import { requireRole } from "@/lib/auth/guards";
import { auditCsv } from "@/lib/audit/csv";
import { exportAuditEntries } from "@/lib/audit/queries";
import { auditFilterSchema } from "@/lib/audit/schema";
import { todayInTimeZone } from "@/lib/progress/calendar";

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * GET /api/admin/audit/export?actor=&kind=&from=&to= — the audit entries the page's filters
 * match (all pages), as CSV, newest first, times in the admin's zone. Admins only: checked
 * here, on the server, for every request. Filters are read as the page reads them: a malformed
 * one is dropped, never an error.
 */
export async function GET(request: Request): Promise<Response> {
  let timeZone: string;
  try {
    timeZone = (await requireRole("ADMIN")).timeZone;
  } catch (error) {
    if (error instanceof AuthenticationError)
      return Response.json({ error: error.message }, { status: 401, headers: NO_STORE });
    if (error instanceof AuthorizationError)
      return Response.json({ error: error.message }, { status: 403, headers: NO_STORE });
    throw error;
  }
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
