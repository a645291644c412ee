/**
 * `npm run guide:schema`: rewrites docs/guide-format.schema.json from the zod schema of the
 * guide file format (lib/guides/format/schema.ts), formatted as Prettier would, so the file
 * passes `prettier --check` as written.
 */
import { writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { GUIDE_FORMAT_SCHEMA_PATH, guideFormatJsonSchema } from "@/lib/guides/format/json-schema";

const target = resolve(dirname(fileURLToPath(import.meta.url)), "..", GUIDE_FORMAT_SCHEMA_PATH);
const options = (await prettier.resolveConfig(target)) ?? {};
const text = await prettier.format(JSON.stringify(guideFormatJsonSchema()), { ...options, filepath: target });
writeFileSync(target, text);
console.log(`Wrote ${GUIDE_FORMAT_SCHEMA_PATH}`);
