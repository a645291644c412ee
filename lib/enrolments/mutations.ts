import "server-only";
import { ActionError } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { acceptsEnrolment, type GuideStatusName } from "@/lib/guide-lifecycle/rules";
import { GUIDE_CLOSED_MESSAGE, NOT_ENROLLED_MESSAGE } from "@/lib/enrolments/schema";

/**
 * A learner's enrolments. The active guide is the enrolment with the latest `activatedAt`
 * (lib/guides/enrollment.ts#learnerGuide), so enrolling and switching each write one row.
 */

/**
 * Enrols the learner in a published guide and makes it their active one; enrolling again in a
 * guide they follow only switches to it. The guide row is read FOR SHARE, so an admin archiving
 * it at the same moment (FOR UPDATE) goes first or after, never in between.
 */
export async function enrollInGuide(learnerId: string, guideId: string): Promise<{ title: string }> {
  return db().$transaction(async (tx) => {
    const [guide] = await tx.$queryRaw<Array<{ title: string; status: GuideStatusName }>>`
      SELECT title, status::text AS status FROM "Guide" WHERE id = ${guideId} FOR SHARE`;
    if (!guide || !acceptsEnrolment(guide.status))
      throw new ActionError(GUIDE_CLOSED_MESSAGE, { guideId: [GUIDE_CLOSED_MESSAGE] });
    await tx.enrollment.upsert({
      where: { userId_guideId: { userId: learnerId, guideId } },
      create: { userId: learnerId, guideId },
      update: { activatedAt: new Date() },
    });
    return { title: guide.title };
  });
}

/** Makes one of the learner's enrolments the active one (any status: an archived guide's records stay readable). */
export async function switchGuide(learnerId: string, guideId: string): Promise<{ title: string }> {
  const { count } = await db().enrollment.updateMany({
    where: { userId: learnerId, guideId },
    data: { activatedAt: new Date() },
  });
  if (count === 0) throw new ActionError(NOT_ENROLLED_MESSAGE, { guideId: [NOT_ENROLLED_MESSAGE] });
  const guide = await db().guide.findUniqueOrThrow({ where: { id: guideId }, select: { title: true } });
  return guide;
}
