-- CreateEnum
CREATE TYPE "ImportRuleField" AS ENUM ('PROJECT', 'TAG', 'DESCRIPTION');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "timeZoneSetAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "TimeEntry" ADD COLUMN     "sourceFingerprint" TEXT;

-- CreateTable
CREATE TABLE "ImportRule" (
    "id" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "field" "ImportRuleField" NOT NULL,
    "pattern" TEXT NOT NULL,
    "phaseId" TEXT NOT NULL,
    "subSkillId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportRule_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportRule_phaseId_idx" ON "ImportRule"("phaseId");

-- CreateIndex
CREATE INDEX "ImportRule_subSkillId_idx" ON "ImportRule"("subSkillId");

-- CreateIndex
CREATE UNIQUE INDEX "ImportRule_learnerId_field_pattern_key" ON "ImportRule"("learnerId", "field", "pattern");

-- CreateIndex
CREATE UNIQUE INDEX "TimeEntry_learnerId_sourceFingerprint_key" ON "TimeEntry"("learnerId", "sourceFingerprint");

-- AddForeignKey
ALTER TABLE "ImportRule" ADD CONSTRAINT "ImportRule_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRule" ADD CONSTRAINT "ImportRule_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRule" ADD CONSTRAINT "ImportRule_subSkillId_fkey" FOREIGN KEY ("subSkillId") REFERENCES "SubSkill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Added by hand (the snapshot diff never sees these).
-- A zone other than the default was chosen by someone: count it as set, so the browser's
-- zone never overrides it. Accounts still on "UTC" get the browser's on their next visit.
UPDATE "User" SET "timeZoneSetAt" = "updatedAt" WHERE "timeZone" <> 'UTC';
-- A rule's pattern is stored as matched: trimmed, lower-case, 1 to 200 characters.
ALTER TABLE "ImportRule" ADD CONSTRAINT "ImportRule_pattern_normalized" CHECK ("pattern" = lower(btrim("pattern")) AND char_length("pattern") BETWEEN 1 AND 200);
-- A fingerprint is a hex SHA-256 with an optional part suffix (":2" for a split entry).
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_source_fingerprint_shape" CHECK ("sourceFingerprint" IS NULL OR char_length("sourceFingerprint") BETWEEN 16 AND 100);
