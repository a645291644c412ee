import { NO_STORE, routeUserWithRole } from "@/lib/auth/route-guard";
import { hoursCsv } from "@/lib/hours/export";
import { exportTimeEntries } from "@/lib/hours/queries";
import { learnerToday } from "@/lib/hours/learner-day";

/**
 * GET /api/hours/export: the signed-in learner's own time entries as CSV, in Skilltrail's
 * import format, so the file imports back unchanged. Learners only (hours are theirs); the
 * query takes the caller's id alone, so no one else's rows can be asked for.
 */
export async function GET(): Promise<Response> {
  const guard = await routeUserWithRole("LEARNER");
  if ("refused" in guard) return guard.refused;
  const learner = guard.user;
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
