import { openApiDocument } from "@/lib/api/openapi";

// Public, like any API's reference: it describes the API and holds no one's data.
export const GET = () => Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
