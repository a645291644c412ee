-- CreateTable
CREATE TABLE "RubricCriterion" (
    "id" TEXT NOT NULL,
    "guideId" TEXT,
    "deliverableId" TEXT,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "notYet" TEXT NOT NULL,
    "developing" TEXT NOT NULL,
    "proficient" TEXT NOT NULL,
    "exemplary" TEXT NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RubricCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RubricScore" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "level" INTEGER NOT NULL,

    CONSTRAINT "RubricScore_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RubricCriterion_deliverableId_position_idx" ON "RubricCriterion"("deliverableId", "position");

-- CreateIndex
CREATE INDEX "RubricCriterion_guideId_position_idx" ON "RubricCriterion"("guideId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "RubricCriterion_guideId_key_key" ON "RubricCriterion"("guideId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "RubricCriterion_deliverableId_key_key" ON "RubricCriterion"("deliverableId", "key");

-- CreateIndex
CREATE INDEX "RubricScore_criterionId_idx" ON "RubricScore"("criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "RubricScore_reviewId_criterionId_key" ON "RubricScore"("reviewId", "criterionId");

-- AddForeignKey
ALTER TABLE "RubricCriterion" ADD CONSTRAINT "RubricCriterion_guideId_fkey" FOREIGN KEY ("guideId") REFERENCES "Guide"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RubricCriterion" ADD CONSTRAINT "RubricCriterion_deliverableId_fkey" FOREIGN KEY ("deliverableId") REFERENCES "Deliverable"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RubricScore" ADD CONSTRAINT "RubricScore_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RubricScore" ADD CONSTRAINT "RubricScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "RubricCriterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A criterion belongs to exactly one rubric: a deliverable's, or the guide's project rubric.
ALTER TABLE "RubricCriterion" ADD CONSTRAINT "RubricCriterion_one_rubric"
  CHECK (num_nonnulls("guideId", "deliverableId") = 1);
-- Levels of the fixed scale in lib/rubrics/scale.ts: 1 Not yet, 2 Developing, 3 Proficient, 4 Exemplary.
ALTER TABLE "RubricScore" ADD CONSTRAINT "RubricScore_level_range" CHECK ("level" BETWEEN 1 AND 4);
