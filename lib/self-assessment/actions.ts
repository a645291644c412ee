"use server";

import { revalidatePath } from "next/cache";
import { success } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/safe-action";
import { saveSelfAssessment } from "@/lib/self-assessment/mutations";
import { saveSelfAssessmentSchema } from "@/lib/self-assessment/schema";

/** A learner rates themself: it takes no learner id, so it can only append to the caller's own history. */
export const saveSelfAssessmentAction = userAction({
  name: "selfAssessment.save",
  schema: saveSelfAssessmentSchema,
  roles: ["LEARNER"],
  handler: async (input, user) => {
    if (Object.keys(input.ratings).length === 0)
      return success({ saved: 0 }, "Nothing to save yet: choose a rating for at least one question.");
    const { saved } = await saveSelfAssessment(user.id, input);
    if (saved === 0) return success({ saved }, "No changes to save: your ratings are the same as last time.");
    revalidatePath("/self-assessment");
    revalidatePath("/dashboard"); // the dashboard shows the same calibration
    return success({ saved }, `Saved ${saved} ${saved === 1 ? "rating" : "ratings"}.`);
  },
});
