"use server";

import { revalidatePath } from "next/cache";
import { success } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/safe-action";
import { summarizePlan, type SectionChanges } from "@/lib/guide-files/plan";
import { importNewGuide, importNewVersion } from "@/lib/guide-files/mutations";
import { previewImport, readImport, type GuideImportPreview } from "@/lib/guide-files/preview";
import { guideImportSchema, saveGuideImportSchema } from "@/lib/guide-files/schema";

/** Importing guides: admins only (the wrapper refuses everyone else before validation). */

const ADMIN = ["ADMIN"] as const;

/** Reads the pasted or uploaded guide and tells what saving it would do; writes nothing. */
export const previewGuideImportAction = userAction({
  name: "guideFiles.preview",
  roles: ADMIN,
  schema: guideImportSchema,
  handler: async (input) => success<GuideImportPreview>(await previewImport(input)),
});

/** Saves it, all or nothing: a new guide, or a new version applied over an existing one. */
export const saveGuideImportAction = userAction({
  name: "guideFiles.save",
  roles: ADMIN,
  schema: saveGuideImportSchema,
  handler: async (input, user) => {
    const { guide } = readImport(input);
    const actor = { id: user.id, email: user.email };
    let changes: SectionChanges[] | null = null;
    if (input.target === "new") await importNewGuide(actor, input.slug, guide);
    else changes = summarizePlan((await importNewVersion(actor, input.slug, guide)).plan);
    revalidatePath("/", "layout");
    const message =
      input.target === "new"
        ? `Imported “${guide.title}” as a new guide (${input.slug}).`
        : `Imported a new version of ${input.slug}.`;
    return success({ slug: input.slug, changes }, message);
  },
});
