import { z } from "zod";
import { idField, optionalHttpUrl, requiredText } from "@/lib/validation/fields";

/** One zod schema per input, shared by the deliverable form and the server actions. */

export const DESCRIPTION_MAX_LENGTH = 20_000;
export const DESCRIPTION_REQUIRED_MESSAGE = "Describe what you built and how to check it.";
export const DESCRIPTION_TOO_LONG_MESSAGE = `Keep the description under ${DESCRIPTION_MAX_LENGTH.toLocaleString("en-US")} characters.`;

/** The deliverable form: "Save draft" and "Submit for review" send the same fields. */
export const submissionSchema = z.object({
  deliverableId: idField("deliverable"),
  repoUrl: optionalHttpUrl(),
  demoUrl: optionalHttpUrl(),
  docUrl: optionalHttpUrl(),
  description: requiredText(DESCRIPTION_REQUIRED_MESSAGE, DESCRIPTION_MAX_LENGTH, DESCRIPTION_TOO_LONG_MESSAGE),
});
export type SubmissionInput = z.infer<typeof submissionSchema>;
