-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storage" TEXT NOT NULL,
    "storageKey" TEXT,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttachmentContent" (
    "attachmentId" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "AttachmentContent_pkey" PRIMARY KEY ("attachmentId")
);

-- CreateIndex
CREATE INDEX "Attachment_versionId_createdAt_idx" ON "Attachment"("versionId", "createdAt");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "SubmissionVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttachmentContent" ADD CONSTRAINT "AttachmentContent_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Attachment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Added by hand (lib/attachments/rules.ts holds the same limits for the messages people see).
ALTER TABLE "Attachment"
  ADD CONSTRAINT "Attachment_size_range" CHECK ("size" > 0 AND "size" <= 10485760),
  ADD CONSTRAINT "Attachment_name_length" CHECK (char_length("name") BETWEEN 1 AND 200),
  ADD CONSTRAINT "Attachment_storage_known" CHECK (
    ("storage" = 'postgres' AND "storageKey" IS NULL) OR ("storage" = 's3' AND "storageKey" IS NOT NULL)
  );
ALTER TABLE "AttachmentContent"
  ADD CONSTRAINT "AttachmentContent_size_range" CHECK (octet_length("bytes") <= 10485760);

-- Files are added and removed only while their version is an unsubmitted draft, at most 5 per
-- version. The version row is locked, so a submit and an upload (or two uploads) running at
-- once are serialised: a file never lands on a version that was submitted meanwhile. A
-- cascade from a deleted version (an account deleted) finds no version row and passes.
CREATE FUNCTION "attachment_version_is_draft"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  version_id TEXT;
  is_draft BOOLEAN;
  files INTEGER;
BEGIN
  IF TG_OP = 'DELETE' THEN
    version_id := OLD."versionId";
  ELSE
    version_id := NEW."versionId";
  END IF;
  SELECT "submittedAt" IS NULL INTO is_draft FROM "SubmissionVersion" WHERE "id" = version_id FOR UPDATE;
  IF TG_OP = 'DELETE' THEN
    IF is_draft = false THEN
      RAISE EXCEPTION 'attachments of a submitted version cannot be removed'
        USING ERRCODE = '23514', CONSTRAINT = 'Attachment_version_draft';
    END IF;
    RETURN OLD;
  END IF;
  IF is_draft IS DISTINCT FROM true THEN
    RAISE EXCEPTION 'attachments can only be added to an unsubmitted version'
      USING ERRCODE = '23514', CONSTRAINT = 'Attachment_version_draft';
  END IF;
  IF TG_OP = 'INSERT' THEN
    SELECT count(*) INTO files FROM "Attachment" WHERE "versionId" = version_id;
    IF files >= 5 THEN
      RAISE EXCEPTION 'a version has at most 5 attachments'
        USING ERRCODE = '23514', CONSTRAINT = 'Attachment_files_per_version';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Attachment_version_is_draft"
  BEFORE INSERT OR UPDATE OR DELETE ON "Attachment"
  FOR EACH ROW EXECUTE FUNCTION "attachment_version_is_draft"();
