-- CreateEnum
CREATE TYPE "GuideStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- AlterTable
ALTER TABLE "Guide" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "status" "GuideStatus" NOT NULL DEFAULT 'DRAFT';

-- AlterTable
ALTER TABLE "Enrollment" ADD COLUMN     "activatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "Enrollment_userId_activatedAt_idx" ON "Enrollment"("userId", "activatedAt");

-- CreateIndex
CREATE INDEX "Enrollment_guideId_idx" ON "Enrollment"("guideId");

-- Guides that existed before the lifecycle were live: they stay in the catalogue.
UPDATE "Guide" SET "status" = 'PUBLISHED', "publishedAt" = "createdAt";

-- An enrollment was active from its start; with one per learner so far, that keeps each one active.
UPDATE "Enrollment" SET "activatedAt" = "startedAt";

-- The timestamps follow the status: a published guide says when, an archived one too.
ALTER TABLE "Guide" ADD CONSTRAINT "Guide_status_timestamps_check" CHECK (
  ("status" <> 'PUBLISHED' OR "publishedAt" IS NOT NULL) AND ("status" <> 'ARCHIVED' OR "archivedAt" IS NOT NULL)
);
