import "server-only";
import { cache } from "react";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getProjectForLearner } from "@/lib/projects/queries";

/**
 * The project page's data, with the learner gated once per request: the page and its
 * metadata both call this, and `cache()` makes it one session check and one read.
 */
export const loadProject = cache(async (progressId: string) => {
  const user = await requireRoleOrForbidden(["LEARNER"], `/projects/${encodeURIComponent(progressId)}`);
  return { user, data: await getProjectForLearner(user.id, progressId) };
});
