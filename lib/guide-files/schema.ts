import { z } from "zod";

/** The import form's input, shared by the preview and the save (both re-read the content on the server). */

export const CONTENT_MAX_CHARACTERS = 1_000_000;
export const CONTENT_REQUIRED_MESSAGE = "Paste the guide's JSON or its page's text, or choose a file.";
export const SLUG_MESSAGE = "Use lower-case words joined by dashes, like ml-infrastructure (at most 80 characters).";
export const SLUG_REQUIRED_MESSAGE = "Enter the slug of the new guide.";

const slug = z
  .string({ error: SLUG_MESSAGE })
  .max(80, { error: SLUG_MESSAGE })
  .regex(/^([a-z0-9]+(?:-[a-z0-9]+)*)?$/, { error: SLUG_MESSAGE });

const CORRECTIONS_MESSAGE = "The split corrections could not be read: preview the guide again.";
const correction = z.object(
  {
    path: z.string({ error: CORRECTIONS_MESSAGE }).max(200, { error: CORRECTIONS_MESSAGE }),
    original: z.string({ error: CORRECTIONS_MESSAGE }).max(10_000, { error: CORRECTIONS_MESSAGE }),
    items: z
      .array(z.string({ error: CORRECTIONS_MESSAGE }).max(2_000, { error: "An item has at most 2,000 characters." }), {
        error: CORRECTIONS_MESSAGE,
      })
      .max(100, { error: "A corrected list has at most 100 items." }),
  },
  { error: CORRECTIONS_MESSAGE },
);

export const guideImportSchema = z
  .object({
    format: z.enum(["json", "text"], { error: "Choose JSON or the page's text." }),
    content: z
      .string({ error: CONTENT_REQUIRED_MESSAGE })
      .max(CONTENT_MAX_CHARACTERS, { error: "The guide is too long: at most 1,000,000 characters." })
      .refine((text) => text.trim().length > 0, { error: CONTENT_REQUIRED_MESSAGE }),
    target: z.enum(["new", "existing"], { error: "Choose a new guide or a new version of an existing one." }),
    slug: slug.default(""),
    corrections: z
      .array(correction, { error: CORRECTIONS_MESSAGE })
      .max(200, { error: "At most 200 split corrections." })
      .default([]),
  })
  .superRefine((input, ctx) => {
    if (input.target === "existing" && input.slug === "")
      ctx.addIssue({ code: "custom", path: ["slug"], message: "Choose the guide to import a new version of." });
  });

/** Saving needs the slug for a new guide too (the preview suggests one). */
export const saveGuideImportSchema = guideImportSchema.superRefine((input, ctx) => {
  if (input.target === "new" && input.slug === "")
    ctx.addIssue({ code: "custom", path: ["slug"], message: SLUG_REQUIRED_MESSAGE });
});

export type GuideImportInput = z.output<typeof guideImportSchema>;
