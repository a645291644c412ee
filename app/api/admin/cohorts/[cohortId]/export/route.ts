import { AuthenticationError, AuthorizationError } from "@/lib/auth/errors";
import { requireRole } from "@/lib/auth/guards";
import { getCohortProgress } from "@/lib/cohorts/queries";
import { cohortTableSchema } from "@/lib/cohorts/schema";
import { cohortCsv, sortSummaries } from "@/lib/cohorts/table";
import { todayInTimeZone } from "@/lib/progress/calendar";

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * GET /api/admin/cohorts/:cohortId/export?sort=&dir= — the cohort's progress table as CSV, in
 * the order the page shows it. Admins only: checked here, on the server, for every request.
 */
export async function GET(request: Request, { params }: { params: Promise<{ cohortId: string }> }): Promise<Response> {
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
