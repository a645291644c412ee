import { z } from "zod";

/** One zod schema per input, shared by the deliverable form and the server actions. */

export const DESCRIPTION_MAX_LENGTH = 20_000;
export const URL_MAX_LENGTH = 2_000;

export const URL_ERROR = "Enter a full web address starting with https:// (or http://).";

/**
 * An optional link: empty means "none" (null), anything else must be an http(s) address with
 * a real host name. Other schemes (javascript:, data:, ftp:) are refused here, and again when
 * Markdown is rendered, because these links are shown to reviewers as clickable.
 */
export function optionalHttpUrl(tooLong = `Use at most ${URL_MAX_LENGTH.toLocaleString("en-US")} characters.`) {
  return z.preprocess(
    (value) =>
      value === undefined || value === null ? null : typeof value === "string" ? value.trim() || null : value,
    z.httpUrl({ error: URL_ERROR }).max(URL_MAX_LENGTH, { error: tooLong }).nullable(),
  );
}

export const idSchema = (what: string) =>
  z
    .string({ error: `Choose a ${what}.` })
    .trim()
    .min(1, { error: `Choose a ${what}.` })
    .max(64, { error: `Choose a ${what}.` });

export const DESCRIPTION_REQUIRED_MESSAGE = "Describe what you built and how to check it.";
export const DESCRIPTION_TOO_LONG_MESSAGE = `Keep the description under ${DESCRIPTION_MAX_LENGTH.toLocaleString("en-US")} characters.`;

/** The deliverable form: "Save draft" and "Submit for review" send the same fields. */
export const submissionSchema = z.object({
  deliverableId: idSchema("deliverable"),
  repoUrl: optionalHttpUrl(),
  demoUrl: optionalHttpUrl(),
  docUrl: optionalHttpUrl(),
  description: z
    .string({ error: DESCRIPTION_REQUIRED_MESSAGE })
    .trim()
    .min(1, { error: DESCRIPTION_REQUIRED_MESSAGE })
    .max(DESCRIPTION_MAX_LENGTH, { error: DESCRIPTION_TOO_LONG_MESSAGE }),
});
export type SubmissionInput = z.infer<typeof submissionSchema>;
