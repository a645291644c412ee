import { NO_STORE, routeUserWithRole } from "@/lib/auth/route-guard";
import { getCohortProgress } from "@/lib/cohorts/queries";
import { cohortTableSchema } from "@/lib/cohorts/schema";
import { cohortCsv, sortSummaries } from "@/lib/cohorts/table";
import { todayInTimeZone } from "@/lib/progress/calendar";

/**
 * GET /api/admin/cohorts/:cohortId/export?sort=&dir= — the cohort's progress table as CSV, in
 * the order the page shows it. Admins only: checked here, on the server, for every request.
 */
export async function GET(request: Request, { params }: { params: Promise<{ cohortId: string }> }): Promise<Response> {
  const guard = await routeUserWithRole("ADMIN");
  if ("refused" in guard) return guard.refused;
  const timeZone = guard.user.timeZone;
  const { cohortId } = await params;
  // Ids are short and plain: anything else (a NUL byte from "%00" would reach PostgreSQL as an error) is not found.
  const plainId = typeof cohortId === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(cohortId);
  const progress = plainId ? await getCohortProgress(cohortId, { today: todayInTimeZone(new Date(), timeZone) }) : null;
  if (!progress) return Response.json({ error: "Not found." }, { status: 404, headers: NO_STORE });

  const url = new URL(request.url);
  const sort = cohortTableSchema.parse({
    sort: url.searchParams.get("sort") ?? undefined,
    dir: url.searchParams.get("dir") ?? undefined,
  });
  const csv = cohortCsv(sortSummaries(progress.summaries, sort), progress.cohort.phases);
  const slug =
    progress.cohort.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "cohort";
  return new Response(`\uFEFF${csv}`, {
    headers: {
      // The byte-order mark tells spreadsheet apps the file is UTF-8 (names with accents).
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="${slug}-progress.csv"`,
      ...NO_STORE,
    },
  });
}
