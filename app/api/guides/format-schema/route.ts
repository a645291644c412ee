import { guideFormatJsonSchema } from "@/lib/guides/format/json-schema";

/**
 * GET /api/guides/format-schema — the guide file format as JSON Schema, the same document as
 * docs/guide-format.schema.json (both generated from the zod schema), for editors and tools.
 * Public: it describes a format, no data.
 */
export function GET(): Response {
  return new Response(`${JSON.stringify(guideFormatJsonSchema(), null, 2)}\n`, {
    headers: { "Content-Type": "application/schema+json; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
