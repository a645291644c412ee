import "server-only";
import { db } from "@/lib/db";

/** What the account pages show. */
export async function getAccountSettings(userId: string) {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      email: true,
      name: true,
      timeZone: true,
      colorScheme: true,
      role: true,
      createdAt: true,
      passwordHash: true,
      accounts: { select: { provider: true } },
    },
  });
  if (!user) return null;
  const { passwordHash, accounts, ...rest } = user;
  return { ...rest, hasPassword: passwordHash !== null, providers: accounts.map((account) => account.provider) };
}

export const EXPORT_FORMAT_VERSION = 1;

/**
 * Every row that belongs to the user, for "export my data". Each query is scoped by the
 * user's own id, and `select`s are explicit, so a secret (password hash, OAuth tokens) can
 * only get in by someone adding it here on purpose. Other people appear by id only.
 */
export async function exportAccountData(userId: string) {
  const prisma = db();
  const mine = { learnerId: userId };
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      timeZone: true,
      colorScheme: true,
      emailVerified: true,
      image: true,
      emailDigestOptOut: true,
      deactivatedAt: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  if (!user) return null;

  const [
    accounts,
    enrollments,
    timeEntries,
    checklistProgress,
    submissions,
    quizAttempts,
    selfAssessments,
    projectProgress,
    notifications,
    mentors,
    mentees,
    cohortMemberships,
    importRules,
  ] = await Promise.all([
    prisma.account.findMany({ where: { userId }, select: { provider: true, providerAccountId: true, type: true } }),
    prisma.enrollment.findMany({ where: { userId }, select: { guideId: true, startedAt: true } }),
    prisma.timeEntry.findMany({
      where: mine,
      orderBy: { date: "asc" },
      select: {
        id: true,
        phaseId: true,
        subSkillId: true,
        date: true,
        minutes: true,
        note: true,
        createdAt: true,
        updatedAt: true,
      },
    }),
    prisma.checklistProgress.findMany({
      where: mine,
      select: { itemId: true, completedAt: true, note: true, updatedAt: true },
    }),
    prisma.submission.findMany({
      where: mine,
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        deliverableId: true,
        projectProgressId: true,
        status: true,
        currentVersion: true,
        submittedAt: true,
        approvedAt: true,
        createdAt: true,
        updatedAt: true,
        statusChanges: {
          orderBy: { createdAt: "asc" },
          select: { actorId: true, fromStatus: true, toStatus: true, createdAt: true },
        },
        versions: {
          orderBy: { number: "asc" },
          select: {
            number: true,
            repoUrl: true,
            demoUrl: true,
            docUrl: true,
            description: true,
            submittedAt: true,
            createdAt: true,
            review: { select: { reviewerId: true, decision: true, summary: true, createdAt: true } },
            comments: {
              orderBy: { createdAt: "asc" },
              select: { authorId: true, body: true, tag: true, resolvedAt: true, createdAt: true },
            },
          },
        },
      },
    }),
    prisma.quizAttempt.findMany({
      where: mine,
      orderBy: { startedAt: "asc" },
      select: {
        id: true,
        guideId: true,
        correctCount: true,
        totalCount: true,
        startedAt: true,
        submittedAt: true,
        answers: { select: { questionId: true, chosenOption: true, isCorrect: true } },
      },
    }),
    prisma.selfAssessment.findMany({
      where: mine,
      orderBy: { createdAt: "asc" },
      select: { questionId: true, confidence: true, createdAt: true },
    }),
    prisma.projectProgress.findMany({
      where: mine,
      // An own project's content is the learner's writing: it leaves with the export too.
      select: {
        id: true,
        projectId: true,
        title: true,
        description: true,
        status: true,
        repoUrl: true,
        demoUrl: true,
        stack: true,
        subSkills: { select: { subSkillId: true } },
        approvedAt: true,
        createdAt: true,
        updatedAt: true,
      },
    }),
    prisma.notification.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { kind: true, title: true, body: true, href: true, readAt: true, emailedAt: true, createdAt: true },
    }),
    prisma.mentorAssignment.findMany({ where: { learnerId: userId }, select: { mentorId: true, createdAt: true } }),
    prisma.mentorAssignment.findMany({ where: { mentorId: userId }, select: { learnerId: true, createdAt: true } }),
    prisma.cohortMember.findMany({ where: mine, select: { cohortId: true } }),
    prisma.importRule.findMany({
      where: mine,
      orderBy: { createdAt: "asc" },
      select: { field: true, pattern: true, phaseId: true, subSkillId: true, createdAt: true },
    }),
  ]);

  return {
    format: "skilltrail-account-export",
    version: EXPORT_FORMAT_VERSION,
    user,
    accounts,
    enrollments,
    timeEntries,
    checklistProgress,
    submissions,
    quizAttempts,
    selfAssessments,
    projectProgress,
    notifications,
    mentorAssignments: { asLearner: mentors, asMentor: mentees },
    cohortMemberships,
    importRules,
  };
}

export type AccountExport = NonNullable<Awaited<ReturnType<typeof exportAccountData>>>;
