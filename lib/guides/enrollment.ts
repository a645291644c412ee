import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_GUIDE_SLUG } from "@/lib/guides/queries";

export type LearnerGuide = { guideId: string; startedAt: Date };

/**
 * The guide a learner follows, enrolling them in the default guide on first use (sign-up
 * enrolls too; this covers OAuth users and accounts made by admins). Every tracker read and
 * write resolves the guide through here, so a second guide only changes this function.
 */
export async function learnerGuide(learnerId: string): Promise<LearnerGuide> {
  const prisma = db();
  const existing = await prisma.enrollment.findFirst({
    where: { userId: learnerId },
    orderBy: { startedAt: "asc" },
    select: { guideId: true, startedAt: true },
  });
  if (existing) return existing;
  const guide = await prisma.guide.findUniqueOrThrow({ where: { slug: DEFAULT_GUIDE_SLUG }, select: { id: true } });
  // Two first requests at once both reach the insert; the loser reads the winner's row.
  await prisma.enrollment.createMany({ data: [{ userId: learnerId, guideId: guide.id }], skipDuplicates: true });
  return prisma.enrollment.findUniqueOrThrow({
    where: { userId_guideId: { userId: learnerId, guideId: guide.id } },
    select: { guideId: true, startedAt: true },
  });
}
