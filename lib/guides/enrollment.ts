import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/*
 * No "server-only" marker: the seed script (tsx, outside Next.js) enrols the demo learner
 * through here too. Nothing in this file is reachable from a client component.
 */

import { DEFAULT_GUIDE_SLUG } from "@/lib/guides/default-guide";

export { DEFAULT_GUIDE_SLUG };

/** `weeklyGoalMinutes`: the learner's weekly goal on this path (null: none), read with the enrollment at no extra cost. */
export type LearnerGuide = { guideId: string; startedAt: Date; weeklyGoalMinutes: number | null };

type Client = PrismaClient | Prisma.TransactionClient;

/**
 * Enrols a learner on a guide (the default one unless `guideId` is given) and returns the
 * guide's id, or null when the default guide is not seeded yet. The one place enrolment is
 * written: sign-up and first OAuth sign-in (createLearnerAccount in lib/auth/new-account.ts), first use (learnerGuide),
 * the demo seed and the test support. Idempotent: an existing enrolment is kept as it is, so
 * two first requests racing both succeed. A new enrolment's activatedAt defaults to now, so the
 * guide just enrolled in becomes the active one (the catalogue's "Enrol" means "follow this").
 */
export async function enrollLearner(
  client: Client,
  userId: string,
  options: { guideId?: string; startedAt?: Date } = {},
): Promise<string | null> {
  const guideId =
    options.guideId ??
    (await client.guide.findUnique({ where: { slug: DEFAULT_GUIDE_SLUG }, select: { id: true } }))?.id;
  if (!guideId) return null;
  await client.enrollment.createMany({
    data: [{ userId, guideId, ...(options.startedAt ? { startedAt: options.startedAt } : {}) }],
    skipDuplicates: true,
  });
  return guideId;
}

/**
 * The guide a learner follows now: their ACTIVE enrollment, the one with the latest
 * `activatedAt` (enrolling or switching sets it; ties, as in old rows, go to the earliest
 * start). It enrols them in the default guide on first use (sign-up enrolls too; this covers
 * accounts made by admins or before the guide was seeded). Every tracker read and write
 * resolves the guide through here, so every figure is the active guide's. An archived guide
 * stays active for its learners: their records stay theirs to read.
 */
export async function learnerGuide(learnerId: string): Promise<LearnerGuide> {
  const prisma = db();
  const existing = await prisma.enrollment.findFirst({
    where: { userId: learnerId },
    orderBy: [{ activatedAt: "desc" }, { startedAt: "asc" }, { id: "asc" }],
    select: { guideId: true, startedAt: true, weeklyGoalMinutes: true },
  });
  if (existing) return existing;
  const guideId = await enrollLearner(prisma, learnerId);
  if (!guideId) throw new Error(`The guide "${DEFAULT_GUIDE_SLUG}" is not seeded.`);
  return prisma.enrollment.findUniqueOrThrow({
    where: { userId_guideId: { userId: learnerId, guideId } },
    select: { guideId: true, startedAt: true, weeklyGoalMinutes: true },
  });
}

/**
 * A learner's enrollment on one given guide (a mentor reading a mentee's figures per guide), or
 * null when they are not enrolled in it. Never enrols anyone.
 */
export async function enrollmentOn(learnerId: string, guideId: string): Promise<LearnerGuide | null> {
  return db().enrollment.findUnique({
    where: { userId_guideId: { userId: learnerId, guideId } },
    select: { guideId: true, startedAt: true, weeklyGoalMinutes: true },
  });
}
