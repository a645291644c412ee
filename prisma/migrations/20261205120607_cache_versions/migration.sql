-- CreateTable
CREATE TABLE "CacheVersion" (
    "key" TEXT NOT NULL,
    "version" BIGINT NOT NULL,

    CONSTRAINT "CacheVersion_pkey" PRIMARY KEY ("key")
);

-- Written by hand from here on (the schema language has no sequences or triggers).
--
-- The versions that key the dashboard's in-process caches (lib/dashboard/cache.ts). Several
-- app instances share one database and each caches on its own, so invalidating "on this
-- instance" is not enough: every write that changes what a cached figure shows bumps a version
-- here, in the writer's own transaction, and a reader compares versions it reads in one cheap
-- lookup. A trigger cannot be forgotten by a new write path, as an app-side bump could be.
-- Statement-level triggers with transition tables: one bump per statement, whatever its row
-- count (a 10,000-row import bumps once). The keys are bumped in sorted order, so two
-- statements touching the same learners queue rather than deadlock.
CREATE SEQUENCE "CacheVersion_seq";

CREATE FUNCTION "CacheVersion_bump"(keys text[]) RETURNS void AS $$
  INSERT INTO "CacheVersion" ("key", "version")
  SELECT k, nextval('"CacheVersion_seq"')
    FROM (SELECT DISTINCT k FROM unnest(keys) AS u(k) WHERE k IS NOT NULL ORDER BY k) s
  ON CONFLICT ("key") DO UPDATE SET "version" = EXCLUDED."version"
$$ LANGUAGE sql;

-- A learner's progress records. TG_ARGV[0] selects the learner ids of the statement's rows
-- from "$rows" (replaced by new_rows and/or old_rows), joining up to the row holding learnerId.
CREATE FUNCTION "CacheVersion_learner_write"() RETURNS trigger AS $$
DECLARE
  ids text[] := '{}';
  part text[];
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    EXECUTE 'SELECT array_agg(id) FROM (' || replace(TG_ARGV[0], '$rows', 'new_rows') || ') t(id)' INTO part;
    ids := ids || part;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    EXECUTE 'SELECT array_agg(id) FROM (' || replace(TG_ARGV[0], '$rows', 'old_rows') || ') t(id)' INTO part;
    ids := ids || part;
  END IF;
  PERFORM "CacheVersion_bump"(ARRAY(SELECT DISTINCT 'learner:' || i FROM unnest(ids) AS u(i)));
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('TimeEntry', 'SELECT "learnerId" FROM $rows'),
    ('Submission', 'SELECT "learnerId" FROM $rows'),
    ('SubmissionVersion', 'SELECT s."learnerId" FROM $rows r JOIN "Submission" s ON s.id = r."submissionId"'),
    ('SubmissionStatusChange', 'SELECT s."learnerId" FROM $rows r JOIN "Submission" s ON s.id = r."submissionId"'),
    ('Review', 'SELECT s."learnerId" FROM $rows r JOIN "SubmissionVersion" v ON v.id = r."versionId" JOIN "Submission" s ON s.id = v."submissionId"'),
    ('RubricScore', 'SELECT s."learnerId" FROM $rows r JOIN "Review" rv ON rv.id = r."reviewId" JOIN "SubmissionVersion" v ON v.id = rv."versionId" JOIN "Submission" s ON s.id = v."submissionId"'),
    ('QuizAttempt', 'SELECT "learnerId" FROM $rows'),
    ('QuizAnswer', 'SELECT a."learnerId" FROM $rows r JOIN "QuizAttempt" a ON a.id = r."attemptId"'),
    ('SelfAssessment', 'SELECT "learnerId" FROM $rows'),
    ('ProjectProgress', 'SELECT "learnerId" FROM $rows'),
    ('ProjectProgressSubSkill', 'SELECT p."learnerId" FROM $rows r JOIN "ProjectProgress" p ON p.id = r."progressId"'),
    ('ChecklistProgress', 'SELECT "learnerId" FROM $rows'),
    ('Enrollment', 'SELECT "userId" FROM $rows')
  ) AS v(tbl, learners) LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION "CacheVersion_learner_write"(%L)',
                   t.tbl || '_cache_version_insert', t.tbl, t.learners);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION "CacheVersion_learner_write"(%L)',
                   t.tbl || '_cache_version_update', t.tbl, t.learners);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
                    FOR EACH STATEMENT EXECUTE FUNCTION "CacheVersion_learner_write"(%L)',
                   t.tbl || '_cache_version_delete', t.tbl, t.learners);
  END LOOP;
END
$$;

-- Any guide's curriculum, text sections and FAQ: admin edits, rare, so one version for all
-- guides is enough (an edit recomputes every learner's figures once).
CREATE FUNCTION "CacheVersion_curriculum_write"() RETURNS trigger AS $$
BEGIN
  PERFORM "CacheVersion_bump"(ARRAY['curriculum']);
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

DO $$
DECLARE
  tbl text;
BEGIN
  FOREACH tbl IN ARRAY ARRAY['Guide', 'Phase', 'ChecklistItem', 'Deliverable', 'DeliverableSubSkill', 'SubSkill',
                             'Level', 'QuizQuestion', 'SelfCheckQuestion', 'PortfolioProject', 'ProjectSubSkill',
                             'RedFlag', 'Faq', 'GuideTextItem'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                    FOR EACH STATEMENT EXECUTE FUNCTION "CacheVersion_curriculum_write"()',
                   tbl || '_cache_version', tbl);
  END LOOP;
END
$$;

-- The "what changed since you started" note reads the audit log's curriculum entries.
CREATE FUNCTION "CacheVersion_audit_write"() RETURNS trigger AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM new_rows WHERE "entityType" IN ('Phase', 'ChecklistItem', 'Deliverable', 'SubSkill',
             'Level', 'QuizQuestion', 'SelfCheckQuestion', 'PortfolioProject')) THEN
    PERFORM "CacheVersion_bump"(ARRAY['curriculum']);
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditLog_cache_version" AFTER INSERT ON "AuditLog" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "CacheVersion_audit_write"();
