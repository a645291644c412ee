"use server";

import { revalidatePath } from "next/cache";
import { success } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/safe-action";
import { changeGuideStatus, createGuide } from "./mutations";
import type { GuideTransition } from "./rules";
import { createGuideSchema, guideStatusSchema } from "./schema";

/** The admin's guide lifecycle (/admin/guides): admins only; every change is audited by the mutation. */

const ADMIN = ["ADMIN"] as const;

function revalidateGuides() {
  // The catalogue, the overviews, the admin's list and every learner page that names the guide.
  revalidatePath("/", "layout");
}

export const createGuideAction = userAction({
  name: "guides.create",
  roles: ADMIN,
  schema: createGuideSchema,
  handler: async (input, user) => {
    const guide = await createGuide(user, input);
    revalidateGuides();
    return success(guide, `Draft “${input.title}” created. Fill its curriculum, then publish it.`);
  },
});

const statusAction = (action: GuideTransition, done: (title: string) => string) =>
  userAction({
    name: `guides.${action}`,
    roles: ADMIN,
    schema: guideStatusSchema,
    handler: async ({ guideId }, user) => {
      const { title } = await changeGuideStatus(user, guideId, action);
      revalidateGuides();
      return success(undefined, done(title));
    },
  });

export const publishGuideAction = statusAction("publish", (t) => `“${t}” is published: learners can enrol.`);
export const unpublishGuideAction = statusAction(
  "unpublish",
  (t) => `“${t}” is a draft again: it left the catalogue; its learners keep following it.`,
);
export const archiveGuideAction = statusAction(
  "archive",
  (t) => `“${t}” is archived: it left the catalogue and takes no new learners; every record is kept.`,
);
