import { AuthenticationError, AuthorizationError } from "@/lib/auth/errors";
import { requireRole } from "@/lib/auth/guards";
import { hoursCsv } from "@/lib/hours/export";
import { exportTimeEntries } from "@/lib/hours/queries";
import { learnerToday } from "@/lib/hours/learner-day";

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * GET /api/hours/export: the signed-in learner's own time entries as CSV, in Skilltrail's
 * import format, so the file imports back unchanged. Learners only (hours are theirs); the
 * query takes the caller's id alone, so no one else's rows can be asked for.
 */
export async function GET(): Promise<Response> {
  let learner: { id: string; timeZone: string };
  try {
    learner = await requireRole("LEARNER");
  } catch (error) {
    if (error instanceof AuthenticationError)
      return Response.json({ error: error.message }, { status: 401, headers: NO_STORE });
    if (error instanceof AuthorizationError)
      return Response.json({ error: error.message }, { status: 403, headers: NO_STORE });
    throw error;
  }
  const csv = hoursCsv(await exportTimeEntries(learner.id));
  const today = learnerToday(learner.timeZone, new Date());
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="skilltrail-hours-${today}.csv"`,
      ...NO_STORE,
    },
  });
}
