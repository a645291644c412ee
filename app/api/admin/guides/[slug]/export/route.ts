import { z } from "zod";
import { NO_STORE, routeUserWithRole } from "@/lib/auth/route-guard";
import { exportGuideFile } from "@/lib/guide-files/queries";

const slugSchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/**
 * GET /api/admin/guides/[slug]/export — the guide as a JSON file in the guide format
 * (docs/guide-format.md): its active items with their keys, ready to import elsewhere or back
 * as a new version. Admins only, checked here for every request.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const guard = await routeUserWithRole("ADMIN");
  if ("refused" in guard) return guard.refused;
  const slug = slugSchema.safeParse((await params).slug);
  if (!slug.success) return Response.json({ error: "No guide has that slug." }, { status: 404, headers: NO_STORE });
  const file = await exportGuideFile(slug.data);
  if (!file) return Response.json({ error: "No guide has that slug." }, { status: 404, headers: NO_STORE });
  return new Response(`${JSON.stringify(file, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slug.data}.guide.json"`,
      ...NO_STORE,
    },
  });
}
