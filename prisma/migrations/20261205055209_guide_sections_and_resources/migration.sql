-- CreateEnum
CREATE TYPE "ResourceKind" AS ENUM ('DOCS', 'COURSE', 'VIDEO', 'ARTICLE', 'BOOK');

-- CreateEnum
CREATE TYPE "ResourceCost" AS ENUM ('FREE', 'PAID');

-- CreateTable
CREATE TABLE "ResumePhraseSubSkill" (
    "textItemId" TEXT NOT NULL,
    "subSkillId" TEXT NOT NULL,

    CONSTRAINT "ResumePhraseSubSkill_pkey" PRIMARY KEY ("textItemId","subSkillId")
);

-- CreateTable
CREATE TABLE "Resource" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "kind" "ResourceKind" NOT NULL,
    "cost" "ResourceCost" NOT NULL,
    "estimatedMinutes" INTEGER NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceProgress" (
    "learnerId" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "completedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResourceProgress_pkey" PRIMARY KEY ("learnerId","resourceId")
);

-- CreateIndex
CREATE INDEX "ResumePhraseSubSkill_subSkillId_idx" ON "ResumePhraseSubSkill"("subSkillId");

-- CreateIndex
CREATE INDEX "Resource_itemId_position_idx" ON "Resource"("itemId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Resource_itemId_key_key" ON "Resource"("itemId", "key");

-- CreateIndex
CREATE INDEX "ResourceProgress_resourceId_idx" ON "ResourceProgress"("resourceId");

-- AddForeignKey
ALTER TABLE "ResumePhraseSubSkill" ADD CONSTRAINT "ResumePhraseSubSkill_textItemId_fkey" FOREIGN KEY ("textItemId") REFERENCES "GuideTextItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResumePhraseSubSkill" ADD CONSTRAINT "ResumePhraseSubSkill_subSkillId_fkey" FOREIGN KEY ("subSkillId") REFERENCES "SubSkill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ChecklistItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceProgress" ADD CONSTRAINT "ResourceProgress_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceProgress" ADD CONSTRAINT "ResourceProgress_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Checks the schema cannot express: a resource's estimate is a sane number of minutes (the
-- editor's bounds) and its link is a web address, since learners open it.
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_minutes_range" CHECK ("estimatedMinutes" BETWEEN 1 AND 10000);
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_url_http" CHECK ("url" ~* '^https?://' AND char_length("url") <= 2000);
