-- CreateTable
CREATE TABLE "RunningTimer" (
    "learnerId" TEXT NOT NULL,
    "phaseId" TEXT,
    "subSkillId" TEXT,
    "note" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RunningTimer_pkey" PRIMARY KEY ("learnerId")
);

-- CreateIndex
CREATE INDEX "RunningTimer_phaseId_idx" ON "RunningTimer"("phaseId");

-- CreateIndex
CREATE INDEX "RunningTimer_subSkillId_idx" ON "RunningTimer"("subSkillId");

-- AddForeignKey
ALTER TABLE "RunningTimer" ADD CONSTRAINT "RunningTimer_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunningTimer" ADD CONSTRAINT "RunningTimer_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunningTimer" ADD CONSTRAINT "RunningTimer_subSkillId_fkey" FOREIGN KEY ("subSkillId") REFERENCES "SubSkill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The note becomes a time entry's note, which holds at most 2000 characters.
ALTER TABLE "RunningTimer" ADD CONSTRAINT "RunningTimer_note_length" CHECK ("note" IS NULL OR char_length("note") <= 2000);
