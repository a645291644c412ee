-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "projectProgressId" TEXT,
ALTER COLUMN "deliverableId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "ProjectProgress" ADD COLUMN     "demoUrl" TEXT,
ADD COLUMN     "description" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "guideId" TEXT,
ADD COLUMN     "stack" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "title" TEXT,
ALTER COLUMN "projectId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "ProjectProgressSubSkill" (
    "progressId" TEXT NOT NULL,
    "subSkillId" TEXT NOT NULL,

    CONSTRAINT "ProjectProgressSubSkill_pkey" PRIMARY KEY ("progressId","subSkillId")
);

-- CreateIndex
CREATE INDEX "ProjectProgressSubSkill_subSkillId_idx" ON "ProjectProgressSubSkill"("subSkillId");

-- CreateIndex
CREATE UNIQUE INDEX "Submission_projectProgressId_key" ON "Submission"("projectProgressId");

-- CreateIndex
CREATE INDEX "ProjectProgress_guideId_idx" ON "ProjectProgress"("guideId");

-- AddForeignKey
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_projectProgressId_fkey" FOREIGN KEY ("projectProgressId") REFERENCES "ProjectProgress"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectProgress" ADD CONSTRAINT "ProjectProgress_guideId_fkey" FOREIGN KEY ("guideId") REFERENCES "Guide"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectProgressSubSkill" ADD CONSTRAINT "ProjectProgressSubSkill_progressId_fkey" FOREIGN KEY ("progressId") REFERENCES "ProjectProgress"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectProgressSubSkill" ADD CONSTRAINT "ProjectProgressSubSkill_subSkillId_fkey" FOREIGN KEY ("subSkillId") REFERENCES "SubSkill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: a project is one of the guide's ideas, or the learner's own with a title and a guide.
ALTER TABLE "ProjectProgress" ADD CONSTRAINT "ProjectProgress_idea_or_own" CHECK (
  ("projectId" IS NOT NULL AND "title" IS NULL AND "guideId" IS NULL)
  OR ("projectId" IS NULL AND "guideId" IS NOT NULL AND "title" IS NOT NULL AND btrim("title") <> '')
);
-- Hand-written: a submission is for exactly one piece of work, a deliverable or a project.
ALTER TABLE "Submission" ADD CONSTRAINT "Submission_deliverable_or_project" CHECK (
  num_nonnulls("deliverableId", "projectProgressId") = 1
);

-- Hand-written data migration: projects a learner had marked submitted were waiting for the
-- one-click approval, which is gone; each becomes a submitted version 1 in the review queue, so
-- none is lost. Approved projects keep status and approvedAt (the evidence) as they are. Each
-- statement skips what it already wrote, so the block can run again (the integration test does).
INSERT INTO "Submission" (id, "learnerId", "projectProgressId", status, "currentVersion", "submittedAt", "createdAt", "updatedAt")
SELECT 'pp' || md5(pp.id), pp."learnerId", pp.id, 'SUBMITTED', 1, pp."updatedAt", pp."updatedAt", pp."updatedAt"
  FROM "ProjectProgress" pp
 WHERE pp.status = 'SUBMITTED'
   AND NOT EXISTS (SELECT 1 FROM "Submission" s WHERE s."projectProgressId" = pp.id);
INSERT INTO "SubmissionVersion" (id, "submissionId", number, "repoUrl", description, "submittedAt", "createdAt")
SELECT 'pv' || md5(pp.id), 'pp' || md5(pp.id), 1, pp."repoUrl", 'Marked submitted before project reviews existed.', pp."updatedAt", pp."updatedAt"
  FROM "ProjectProgress" pp
 WHERE pp.status = 'SUBMITTED'
   AND NOT EXISTS (SELECT 1 FROM "SubmissionVersion" v WHERE v.id = 'pv' || md5(pp.id))
   AND EXISTS (SELECT 1 FROM "Submission" s WHERE s.id = 'pp' || md5(pp.id));
INSERT INTO "SubmissionStatusChange" (id, "submissionId", "actorId", "fromStatus", "toStatus", "createdAt")
SELECT 'ps' || md5(pp.id), 'pp' || md5(pp.id), pp."learnerId", NULL, 'SUBMITTED', pp."updatedAt"
  FROM "ProjectProgress" pp
 WHERE pp.status = 'SUBMITTED'
   AND NOT EXISTS (SELECT 1 FROM "SubmissionStatusChange" c WHERE c.id = 'ps' || md5(pp.id))
   AND EXISTS (SELECT 1 FROM "Submission" s WHERE s.id = 'pp' || md5(pp.id));
