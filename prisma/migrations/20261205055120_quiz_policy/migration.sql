-- CreateEnum
CREATE TYPE "QuizReview" AS ENUM ('AFTER_LAST_ATTEMPT', 'AFTER_PASSING', 'NEVER');

-- CreateEnum
CREATE TYPE "QuizCounting" AS ENUM ('BEST', 'LATEST', 'AVERAGE_LAST_N');

-- AlterTable
ALTER TABLE "Guide" ADD COLUMN     "quizAverageOf" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "quizCooldownHours" INTEGER NOT NULL DEFAULT 24,
ADD COLUMN     "quizCounting" "QuizCounting" NOT NULL DEFAULT 'LATEST',
ADD COLUMN     "quizMaxAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "quizPassPercent" INTEGER NOT NULL DEFAULT 70,
ADD COLUMN     "quizQuestionsPerAttempt" INTEGER NOT NULL DEFAULT 12,
ADD COLUMN     "quizReview" "QuizReview" NOT NULL DEFAULT 'AFTER_PASSING';

-- Added by hand: the bounds the quiz policy's form enforces, so no other writer can store a
-- policy the rules in lib/quiz/policy.ts were not written for.
ALTER TABLE "Guide"
  ADD CONSTRAINT "Guide_quizQuestionsPerAttempt_check" CHECK ("quizQuestionsPerAttempt" BETWEEN 1 AND 100),
  ADD CONSTRAINT "Guide_quizMaxAttempts_check" CHECK ("quizMaxAttempts" BETWEEN 0 AND 100),
  ADD CONSTRAINT "Guide_quizCooldownHours_check" CHECK ("quizCooldownHours" BETWEEN 0 AND 720),
  ADD CONSTRAINT "Guide_quizPassPercent_check" CHECK ("quizPassPercent" BETWEEN 1 AND 100),
  ADD CONSTRAINT "Guide_quizAverageOf_check" CHECK ("quizAverageOf" BETWEEN 2 AND 10);
