import { exportAccountData } from "@/lib/account/queries";
import { AuthenticationError } from "@/lib/auth/errors";
import { requireUser } from "@/lib/auth/guards";

/** GET /api/account/export: every row that belongs to the signed-in user, as a JSON download. */
export async function GET(): Promise<Response> {
  let userId: string;
  try {
    userId = (await requireUser()).id;
  } catch (error) {
    if (error instanceof AuthenticationError) {
      return Response.json({ error: error.message }, { status: 401, headers: { "Cache-Control": "no-store" } });
    }
    throw error;
  }
  const data = await exportAccountData(userId);
  if (!data) return Response.json({ error: "Not found." }, { status: 404, headers: { "Cache-Control": "no-store" } });

  const exportedAt = new Date();
  return new Response(JSON.stringify({ exportedAt, ...data }, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="skilltrail-export-${exportedAt.toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
