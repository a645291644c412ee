import "server-only";
import { cache } from "react";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getDeliverableForLearner } from "@/lib/deliverables/queries";

/**
 * The deliverable page's data, with the learner gated once per request: the page and its
 * metadata both call this, and `cache()` makes it one session check and one read.
 */
export const loadDeliverable = cache(async (deliverableId: string) => {
  const user = await requireRoleOrForbidden(["LEARNER"], `/deliverables/${encodeURIComponent(deliverableId)}`);
  return { user, data: await getDeliverableForLearner(user.id, deliverableId) };
});
