import { z } from "zod";
import { hiddenIdField, requiredText, searchParam } from "@/lib/validation/fields";

/** Inputs of the admin's guide pages (/admin/guides), shared by the forms and the actions. */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DUPLICATE_SLUG_MESSAGE = "Another guide already uses this address. Choose another slug.";
export const GUIDE_NOT_FOUND_MESSAGE = "That guide no longer exists. Reload the page.";

export const createGuideSchema = z.object({
  title: requiredText("Enter the guide's title.", 120),
  slug: requiredText("Enter a slug: the guide's address, like data-engineering.", 60)
    .toLowerCase()
    .min(3, { error: "Use at least 3 characters for the slug." })
    .regex(SLUG_PATTERN, { error: "Use lowercase letters, digits and single hyphens, like data-engineering." }),
  category: requiredText("Enter a category, like Engineering.", 100),
  tagline: requiredText("Enter a one-line tagline.", 200),
  overview: requiredText("Enter an overview: what the guide is about.", 5_000),
});
export type CreateGuideInput = z.output<typeof createGuideSchema>;

/** Publish, unpublish, archive: the guide is the page's own (a hidden field). */
export const guideStatusSchema = z.object({ guideId: hiddenIdField("guide") });

/** `?guide=<slug>` (the curriculum editor's guide, the mentor's guide filter): undefined when absent or malformed. */
export const guideParamSchema = z.object({ guide: searchParam.token(60, /^[a-z0-9-]+$/) });
export type GuideParams = Record<string, string | string[] | undefined>;
