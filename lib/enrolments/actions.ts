"use server";

import { revalidatePath } from "next/cache";
import { success } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/safe-action";
import { enrollInGuide, switchGuide } from "@/lib/enrolments/mutations";
import { chooseGuideSchema } from "@/lib/enrolments/schema";

/**
 * A learner's own enrolments: self-only (no learner id in the input, the caller's rows are the
 * ones written) and learners only, like logging hours. Every tracker page reads the active
 * guide, so the whole signed-in tree is revalidated.
 */

export const enrollInGuideAction = userAction({
  name: "guides.enroll",
  roles: ["LEARNER"],
  schema: chooseGuideSchema,
  handler: async ({ guideId }, user) => {
    const { title } = await enrollInGuide(user.id, guideId);
    revalidatePath("/", "layout");
    return success(undefined, `You are enrolled in “${title}”. It is now your active guide.`);
  },
});

export const switchGuideAction = userAction({
  name: "guides.switch",
  roles: ["LEARNER"],
  schema: chooseGuideSchema,
  handler: async ({ guideId }, user) => {
    const { title } = await switchGuide(user.id, guideId);
    revalidatePath("/", "layout");
    return success(undefined, `Now following “${title}”.`);
  },
});
