-- CreateEnum
CREATE TYPE "AttemptKind" AS ENUM ('PASSWORD', 'SIGN_UP');

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "SignInAttempt" ADD COLUMN     "kind" "AttemptKind" NOT NULL DEFAULT 'PASSWORD';

-- CreateIndex
CREATE INDEX "Session_expires_idx" ON "Session"("expires");

-- CreateIndex
CREATE INDEX "SignInAttempt_kind_ip_createdAt_idx" ON "SignInAttempt"("kind", "ip", "createdAt");
