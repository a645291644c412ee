import { z } from "zod";
import { guideFileSchema } from "@/lib/guides/format/schema";

/** Where the generated JSON Schema is committed, relative to the repository root. */
export const GUIDE_FORMAT_SCHEMA_PATH = "docs/guide-format.schema.json";

/**
 * The guide file format as JSON Schema, for editors and for tools outside this code base.
 * Generated from the zod schema so the two cannot drift (a unit test compares it with the
 * committed file; `npm run guide:schema` rewrites it). Cross-field rules (weights summing to
 * 100, phase hours summing to the total, unique keys) live in zod only.
 */
export function guideFormatJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(guideFileSchema, { io: "input" }),
    $id: "https://skilltrail.dev/schemas/guide-format.schema.json",
  };
}
