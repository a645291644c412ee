import { apiRoute, csvBody, parseInput, queryOf } from "@/lib/api/handler";
import { importCsv } from "@/lib/api/import";
import { json } from "@/lib/api/problem";
import { importQuerySchema } from "@/lib/api/schema";

export const POST = apiRoute({
  write: true,
  handle: async ({ request, caller, body }) => {
    const query = parseInput(importQuerySchema, queryOf(request));
    const dryRun = query.dryRun === "1" || query.dryRun === "true";
    const result = await importCsv(caller.user, csvBody(request, body), { dryRun, dateOrder: query.dateOrder ?? null });
    return json(result, !result.dryRun && result.imported > 0 ? 201 : 200);
  },
});
