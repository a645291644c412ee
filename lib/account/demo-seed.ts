import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;
import { hashPassword } from "@/lib/auth/password";
import { enrollLearner } from "@/lib/guides/enrollment";
import { drawQuestions } from "@/lib/quiz/draw";

export const DEMO_PASSWORD = "skilltrail-demo";
export const demoAccounts = {
  admin: { email: "admin@skilltrail.dev", name: "Ada Admin", role: "ADMIN" },
  mentor: { email: "mentor@skilltrail.dev", name: "Mo Mentor", role: "MENTOR" },
  learner: { email: "learner@skilltrail.dev", name: "Lee Learner", role: "LEARNER" },
} as const;

const DAY_MS = 86_400_000;

/**
 * Demo accounts for local use: an admin, a mentor, and a learner assigned to that mentor with a
 * few weeks of progress. Progress is created only together with the learner, so a re-seed never
 * adds to (or resets) what someone did while trying the app.
 */
export async function seedDemoAccounts(prisma: Tx, guideId: string, today = new Date()): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users: Record<keyof typeof demoAccounts, { id: string }> = {} as never;
  let learnerIsNew = false;
  for (const [name, account] of Object.entries(demoAccounts) as Array<
    [keyof typeof demoAccounts, (typeof demoAccounts)[keyof typeof demoAccounts]]
  >) {
    const existing = await prisma.user.findUnique({ where: { email: account.email }, select: { id: true } });
    users[name] = existing ?? (await prisma.user.create({ data: { ...account, passwordHash }, select: { id: true } }));
    if (name === "learner" && !existing) learnerIsNew = true;
  }
  await enrollLearner(prisma, users.learner.id, { guideId, startedAt: new Date(today.getTime() - 42 * DAY_MS) });
  await prisma.mentorAssignment.createMany({
    skipDuplicates: true,
    data: [{ mentorId: users.mentor.id, learnerId: users.learner.id }],
  });
  if (learnerIsNew) await seedLearnerProgress(prisma, guideId, users.learner.id, users.mentor.id, today);
}

async function seedLearnerProgress(prisma: Tx, guideId: string, learnerId: string, mentorId: string, today: Date) {
  const phase = await prisma.phase.findFirstOrThrow({
    where: { guideId, archivedAt: null },
    orderBy: { position: "asc" },
    select: {
      id: true,
      checklistItems: { orderBy: [{ kind: "asc" }, { position: "asc" }], select: { id: true } },
      deliverables: { orderBy: { position: "asc" }, select: { id: true } },
    },
  });
  const subSkills = await prisma.subSkill.findMany({
    where: { guideId },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  const utcMidnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());

  // 24 sessions over the last six weeks, 75 to 150 minutes each: about 45 hours of phase one.
  await prisma.timeEntry.createMany({
    skipDuplicates: true,
    data: Array.from({ length: 24 }, (_, i) => ({
      learnerId,
      phaseId: phase.id,
      subSkillId: subSkills[i % subSkills.length]?.id ?? null,
      date: new Date(utcMidnight - (1 + Math.floor(i * 1.7)) * DAY_MS),
      minutes: 75 + ((i * 37) % 76),
      note: i % 3 === 0 ? "Worked through the Docker and MLflow tutorials." : null,
      idempotencyKey: `demo-entry-${i}`,
    })),
  });
  await prisma.checklistProgress.createMany({
    skipDuplicates: true,
    data: phase.checklistItems
      .slice(0, 4)
      .map((item) => ({ learnerId, itemId: item.id, completedAt: new Date(utcMidnight - 7 * DAY_MS) })),
  });

  const [approvedDeliverable, pendingDeliverable] = phase.deliverables;
  if (approvedDeliverable) {
    await prisma.submission.create({
      data: {
        learnerId,
        deliverableId: approvedDeliverable.id,
        status: "APPROVED",
        submittedAt: new Date(utcMidnight - 10 * DAY_MS),
        approvedAt: new Date(utcMidnight - 8 * DAY_MS),
        versions: {
          create: {
            number: 1,
            repoUrl: "https://github.com/example/dockerized-ml-api",
            description: "A FastAPI service wrapping a scikit-learn model, built with a multi-stage **Dockerfile**.",
            submittedAt: new Date(utcMidnight - 10 * DAY_MS),
            review: {
              create: { reviewerId: mentorId, decision: "APPROVED", summary: "Clean image and a clear README." },
            },
          },
        },
        statusChanges: {
          create: [
            {
              actorId: learnerId,
              fromStatus: null,
              toStatus: "SUBMITTED",
              createdAt: new Date(utcMidnight - 10 * DAY_MS),
            },
            {
              actorId: mentorId,
              fromStatus: "SUBMITTED",
              toStatus: "APPROVED",
              createdAt: new Date(utcMidnight - 8 * DAY_MS),
            },
          ],
        },
      },
    });
  }
  if (pendingDeliverable) {
    await prisma.submission.create({
      data: {
        learnerId,
        deliverableId: pendingDeliverable.id,
        status: "SUBMITTED",
        submittedAt: new Date(utcMidnight - DAY_MS),
        versions: {
          create: {
            number: 1,
            repoUrl: "https://github.com/example/mlflow-tracking",
            description: "MLflow tracking server with a Postgres backend store and three logged runs.",
            submittedAt: new Date(utcMidnight - DAY_MS),
          },
        },
        statusChanges: { create: { actorId: learnerId, fromStatus: null, toStatus: "SUBMITTED" } },
      },
    });
  }

  // An attempt as the quiz policy draws one: its number of questions, shared by sub-skill weight.
  const [pool, weights, guide] = await Promise.all([
    prisma.quizQuestion.findMany({
      where: { guideId, archivedAt: null },
      orderBy: { position: "asc" },
      select: { id: true, correctOption: true, subSkill: { select: { key: true } } },
    }),
    prisma.subSkill.findMany({
      where: { guideId, archivedAt: null },
      orderBy: { position: "asc" },
      select: { key: true, weightPercent: true },
    }),
    prisma.guide.findUniqueOrThrow({ where: { id: guideId }, select: { quizQuestionsPerAttempt: true } }),
  ]);
  // A fixed "random" source: the demo is the same on every seed.
  const drawn = drawQuestions(
    pool.map((q) => ({ id: q.id, subSkillKey: q.subSkill.key })),
    weights,
    guide.quizQuestionsPerAttempt,
    new Set(),
    () => 0,
  );
  const questions = drawn.map((id) => pool.find((q) => q.id === id)!);
  // Roughly two answers in three right: a believable first attempt.
  const answers = questions.map((q, i) => {
    const chosenOption = i % 3 === 2 ? (q.correctOption + 1) % 4 : q.correctOption;
    return { questionId: q.id, chosenOption, isCorrect: chosenOption === q.correctOption };
  });
  await prisma.quizAttempt.create({
    data: {
      learnerId,
      guideId,
      questionOrder: questions.map((q) => q.id),
      totalCount: answers.length,
      correctCount: answers.filter((a) => a.isCorrect).length,
      startedAt: new Date(utcMidnight - 3 * DAY_MS),
      submittedAt: new Date(utcMidnight - 3 * DAY_MS),
      answers: { create: answers },
    },
  });

  const selfChecks = await prisma.selfCheckQuestion.findMany({ where: { guideId }, select: { id: true } });
  await prisma.selfAssessment.createMany({
    data: selfChecks.map((q, i) => ({ learnerId, questionId: q.id, confidence: 1 + (i % 4) })),
  });
}
