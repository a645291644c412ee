-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "entityLabel" TEXT,
ADD COLUMN     "refLabels" JSONB;

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_cohortId_createdAt_idx" ON "Invitation"("cohortId", "createdAt");

-- CreateIndex
CREATE INDEX "Invitation_email_idx" ON "Invitation"("email");

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ─── Added by hand (the snapshot diff never sees these) ─────────────────────

-- One open invitation per cohort and email: inviting again renews it instead of piling up links.
CREATE UNIQUE INDEX "Invitation_cohortId_email_open_key" ON "Invitation"("cohortId", "email") WHERE "acceptedAt" IS NULL;

-- An audit entry's kind is its model's name, spelled one way. Rows written with another
-- spelling (camelCase part keys such as 'checklistItem', snake or kebab case) get the model's
-- name; the audit page lists kinds from this column alone. The table is append-only, so its
-- trigger is set aside for this one correction, inside the migration's transaction.
ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_append_only";

UPDATE "AuditLog" a
   SET "entityType" = k.canonical
  FROM (VALUES
    ('User', 'user'), ('Cohort', 'cohort'), ('Invitation', 'invitation'), ('Submission', 'submission'),
    ('ProjectProgress', 'projectprogress'), ('Guide', 'guide'), ('Phase', 'phase'),
    ('ChecklistItem', 'checklistitem'), ('Deliverable', 'deliverable'), ('SubSkill', 'subskill'),
    ('Level', 'level'), ('QuizQuestion', 'quizquestion'), ('SelfCheckQuestion', 'selfcheckquestion'),
    ('SelfCheckQuestion', 'selfcheck'), ('PortfolioProject', 'portfolioproject'), ('PortfolioProject', 'project'),
    ('GuideTextItem', 'guidetextitem'), ('GuideTextItem', 'textitem'), ('Faq', 'faq'), ('RedFlag', 'redflag'),
    ('UseCase', 'usecase'), ('SignIn', 'signin')
  ) AS k(canonical, folded)
 WHERE lower(regexp_replace(a."entityType", '[^A-Za-z0-9]', '', 'g')) = k.folded
   AND a."entityType" <> k.canonical;

ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_append_only";

-- Keeps it so: a kind starts with a capital and has no separators ('ChecklistItem', never 'checklistItem').
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_entityType_canonical" CHECK ("entityType" ~ '^[A-Z][A-Za-z0-9]*$');
