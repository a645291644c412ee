import { randomUUID } from "node:crypto";
import { readSeedText } from "../../support/guide-text";
import { ADMIN_ONLY, PUBLIC, type Rules } from "./rules";

/**
 * Guide files (lib/guide-files and its routes): importing and exporting guides is for admins;
 * the format's JSON Schema describes no data and is public.
 */
const seedText = readSeedText();
const freshSlug = () => `imported-${randomUUID().slice(0, 8)}`;

export const rules: Rules = {
  "lib/guide-files/actions.ts#previewGuideImportAction": {
    expect: ADMIN_ONLY,
    input: () => ({ format: "text", content: seedText, target: "new", slug: freshSlug(), corrections: [] }),
  },
  "lib/guide-files/actions.ts#saveGuideImportAction": {
    expect: ADMIN_ONLY,
    input: () => ({ format: "text", content: seedText, target: "new", slug: freshSlug(), corrections: [] }),
  },
  "app/api/admin/guides/[slug]/export/route.ts#GET": {
    expect: ADMIN_ONLY,
    request: () => new Request("http://localhost/api/admin/guides/ml-infrastructure/export"),
    params: { slug: "ml-infrastructure" },
  },
  "app/api/guides/format-schema/route.ts#GET": {
    expect: PUBLIC,
    request: () => new Request("http://localhost/api/guides/format-schema"),
  },
};
