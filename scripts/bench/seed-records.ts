/**
 * The rest of the bench volume, in proportion to each learner's progress p (bench_learner, see
 * seed-volume.ts): submissions of the first ⌊p·(D+1)⌋ deliverables with their versions, reviews
 * by the learner's mentor, status changes and comments (the last one of about half the learners
 * is waiting for review, so every mentor's queue has work); 0–4 submitted quiz attempts with all
 * their answers; self-assessment rounds; checklist progress; portfolio projects; notifications;
 * 20 cohorts of 100 learners with 5 mentors each. The heavy learner has all of it many times
 * over, the light one a little. Runs inside the caller's transaction, after the users exist.
 */
import { BENCH_COHORT_ID, personas } from "./personas";
import type { SeedUnits } from "./seed-volume";

type Step = (label: string, sql: string) => Promise<void>;

const { heavy, light, mentor } = personas;

/** Cohorts per volume unit (2,000 learners in cohorts of 100). */
const UNIT_COHORTS = 20;

/**
 * The records of volume units [from, to) (see seedUnits): bench_learner holds only those units'
 * learners, and the personas' rows are added with unit 0 alone, so growing a database from
 * scale 1 to 10 leaves every row the first unit wrote untouched.
 */
export async function seedRecords(
  step: Step,
  units: SeedUnits,
  withoutKeys: (table: string, load: () => Promise<void>) => Promise<void>,
): Promise<void> {
  const p = units.from === 0;
  /** The personas' row of a generator, only with unit 0. */
  const persona = (sql: string) => (p ? sql : "");
  await step("submissions", submissionsSql(persona));
  await step("submission versions", VERSIONS_SQL);
  await step("reviews", REVIEWS_SQL);
  await step("status changes", STATUS_CHANGES_SQL);
  await step("review comments", COMMENTS_SQL);
  await step("quiz answers (staged)", quizStageSql(persona));
  await step("quiz attempts", QUIZ_ATTEMPTS_SQL);
  // Ten answers per attempt (2.5 million at BENCH_SCALE=10): keys rebuilt once, as for TimeEntry.
  await withoutKeys("QuizAnswer", () => step("quiz answers", QUIZ_ANSWERS_SQL));
  await step("self-assessments", selfAssessmentsSql(persona));
  await step("checklist progress", checklistSql(persona));
  await step("project progress", projectsSql(persona));
  await step("notifications", notificationsSql(persona));
  await step("cohorts", cohortsSql(units));
  await step("cohort members", cohortMembersSql(persona));
  await step("cohort mentors", cohortMentorsSql(units));
}

type Persona = (sql: string) => string;

const cohortId = (c: string) =>
  `CASE WHEN ${c} = 1 THEN '${BENCH_COHORT_ID}' ELSE 'bench_cohort_' || lpad(${c}::text, greatest(2, length(${c}::text)), '0') END`;

/** pick (0–3) decides how a learner's latest piece of work stands: 0, 3 waiting; 1 changes requested; 2 approved. */
const submissionsSql = (persona: Persona) => `
  CREATE TEMP TABLE bench_sub AS
  WITH who AS (
    SELECT l.id AS learner_id, l.mentor_id, l.i, floor(l.progress * (cardinality(t.deliverables) + 1))::int AS m, (l.i + l.i / 100) % 4 AS pick
      FROM bench_learner l, bench_guide t
    ${persona(`UNION ALL SELECT '${heavy.id}', '${mentor.id}', 0, cardinality(t.deliverables), 0 FROM bench_guide t`)}
    ${persona(`UNION ALL SELECT '${light.id}', '${mentor.id}', 0, 1, 0`)}
  )
  SELECT 'bench_sub_' || w.learner_id || '_' || j AS id, w.learner_id, w.mentor_id, t.deliverables[j] AS deliverable_id,
         (CASE WHEN j < w.m THEN 'APPROVED' WHEN w.pick IN (0, 3) THEN 'SUBMITTED' WHEN w.pick = 1 THEN 'CHANGES_REQUESTED' ELSE 'APPROVED' END)::"SubmissionStatus" AS status,
         1 + (w.i + j) % 2 AS versions,
         CASE WHEN j = w.m AND w.pick IN (0, 3) THEN t.now - make_interval(days => 1 + (w.i + j) % 10, hours => j % 12)
              ELSE t.now - make_interval(days => 720 - (j * 690) / cardinality(t.deliverables)) END AS last_at
    FROM who w CROSS JOIN bench_guide t CROSS JOIN LATERAL generate_series(1, w.m) j
  UNION ALL -- a draft of the next deliverable, not yet submitted
  SELECT 'bench_sub_' || w.learner_id || '_' || (w.m + 1), w.learner_id, w.mentor_id, t.deliverables[w.m + 1], 'DRAFT', 1, t.now - interval '3 days'
    FROM who w, bench_guide t WHERE w.pick = 2 AND w.m < cardinality(t.deliverables);
  INSERT INTO "Submission" (id, "learnerId", "deliverableId", status, "currentVersion", "submittedAt", "approvedAt", "createdAt", "updatedAt")
  SELECT id, learner_id, deliverable_id, status, versions,
         CASE WHEN status <> 'DRAFT' THEN last_at END,
         CASE WHEN status = 'APPROVED' THEN last_at + interval '2 days' END,
         last_at - versions * interval '5 days',
         last_at + CASE WHEN status IN ('APPROVED', 'CHANGES_REQUESTED') THEN interval '2 days' ELSE interval '0' END
    FROM bench_sub`;

/** Version n of v: earlier ones had changes requested; the last one carries the submission's state. */
const VERSIONS_SQL = `
  CREATE TEMP TABLE bench_ver AS
  SELECT s.id || '_v' || n AS id, s.id AS submission_id, n, s.learner_id, s.mentor_id,
         CASE WHEN s.status <> 'DRAFT' THEN s.last_at - (s.versions - n) * interval '5 days' END AS submitted_at,
         (CASE WHEN s.status = 'DRAFT' THEN NULL WHEN n < s.versions THEN 'CHANGES_REQUESTED'
               WHEN s.status = 'SUBMITTED' THEN NULL ELSE s.status::text END)::"ReviewDecision" AS decision
    FROM bench_sub s CROSS JOIN LATERAL generate_series(1, s.versions) n;
  INSERT INTO "SubmissionVersion" (id, "submissionId", number, "repoUrl", "demoUrl", description, "submittedAt", "createdAt")
  SELECT id, submission_id, n, 'https://github.com/example/' || replace(submission_id, '_', '-') || '-v' || n,
         CASE WHEN n % 2 = 0 THEN 'https://demo.example.com/' || id END,
         'Version ' || n || ': the service, its tests and a README explaining how to run it and the trade-offs made.',
         submitted_at, COALESCE(submitted_at, now() AT TIME ZONE 'UTC') - interval '1 hour'
    FROM bench_ver`;

const REVIEWS_SQL = `
  INSERT INTO "Review" (id, "versionId", "reviewerId", decision, summary, "createdAt")
  SELECT 'bench_rev_' || id, id, mentor_id, decision,
         CASE WHEN decision = 'APPROVED' THEN 'Solid work: clear structure and good tests.' ELSE 'Close: see the blocking comments.' END,
         submitted_at + interval '2 days'
    FROM bench_ver WHERE decision IS NOT NULL`;

const STATUS_CHANGES_SQL = `
  INSERT INTO "SubmissionStatusChange" (id, "submissionId", "actorId", "fromStatus", "toStatus", "createdAt")
  SELECT 'bench_sc_' || id || '_s', submission_id, learner_id,
         CASE WHEN n > 1 THEN 'CHANGES_REQUESTED'::"SubmissionStatus" END, 'SUBMITTED', submitted_at
    FROM bench_ver WHERE submitted_at IS NOT NULL
  UNION ALL
  SELECT 'bench_sc_' || id || '_r', submission_id, mentor_id, 'SUBMITTED', decision::text::"SubmissionStatus", submitted_at + interval '2 days'
    FROM bench_ver WHERE decision IS NOT NULL`;

const COMMENTS_SQL = `
  INSERT INTO "ReviewComment" (id, "versionId", "authorId", body, tag, "resolvedAt", "resolvedById", "createdAt")
  SELECT 'bench_rc_' || id, id, mentor_id, 'The health check does not cover the model load; add it before this ships.', 'BLOCKING',
         CASE WHEN n > 1 OR decision = 'APPROVED' THEN submitted_at + interval '3 days' END,
         CASE WHEN n > 1 OR decision = 'APPROVED' THEN learner_id END,
         submitted_at + interval '2 days'
    FROM bench_ver WHERE decision = 'CHANGES_REQUESTED'`;

/** Attempt a of A answers every question; later attempts get more right (40 % + 10 % per attempt). */
const quizStageSql = (persona: Persona) => `
  CREATE TEMP TABLE bench_answer AS
  WITH attempts AS (
    SELECT w.learner_id, w.i, a, t.now - make_interval(days => 700 - (a * 650) / w.attempts, hours => a % 9) AS at
      FROM (SELECT id AS learner_id, i, i % 5 AS attempts FROM bench_learner
            ${persona(`UNION ALL SELECT '${heavy.id}', 0, 40 UNION ALL SELECT '${light.id}', 0, 1`)}) w
     CROSS JOIN bench_guide t CROSS JOIN LATERAL generate_series(1, w.attempts) a
  )
  SELECT 'bench_qa_' || x.learner_id || '_' || x.a AS attempt_id, x.learner_id, x.at, q,
         t.questions[q] AS question_id,
         ((q * 31 + x.a * 17 + x.i) % 100) < LEAST(95, 40 + x.a * 10) AS correct,
         t.correct_options[q] AS correct_option
    FROM attempts x CROSS JOIN bench_guide t CROSS JOIN LATERAL generate_series(1, cardinality(t.questions)) q`;

/** Grouped by the attempt alone: grouping by the question-order array too hashed it for every answer. */
const QUIZ_ATTEMPTS_SQL = `
  INSERT INTO "QuizAttempt" (id, "learnerId", "guideId", "questionOrder", "correctCount", "totalCount", "startedAt", "submittedAt")
  SELECT a.attempt_id, a.learner_id, t.guide_id, t.questions, a.correct, a.total, a.at - interval '20 minutes', a.at
    FROM bench_guide t, (SELECT attempt_id, learner_id, count(*) FILTER (WHERE correct) AS correct, count(*) AS total, min(at) AS at
                           FROM bench_answer GROUP BY attempt_id, learner_id) a`;

const QUIZ_ANSWERS_SQL = `
  INSERT INTO "QuizAnswer" (id, "attemptId", "questionId", "chosenOption", "isCorrect")
  SELECT attempt_id || '_' || q, attempt_id, question_id,
         CASE WHEN correct THEN correct_option WHEN correct_option = 0 THEN 1 ELSE 0 END, correct
    FROM bench_answer`;

const selfAssessmentsSql = (persona: Persona) => `
  INSERT INTO "SelfAssessment" (id, "learnerId", "questionId", confidence, "createdAt")
  SELECT 'bench_sa_' || w.learner_id || '_' || r || '_' || q, w.learner_id, t.self_checks[q], 1 + (w.i + q + r) % 5,
         t.now - make_interval(days => 600 - r * 60)
    FROM (SELECT id AS learner_id, i, CASE WHEN progress < 0.1 THEN 0 ELSE 1 + i % 3 END AS rounds FROM bench_learner
          ${persona(`UNION ALL SELECT '${heavy.id}', 0, 8 UNION ALL SELECT '${light.id}', 0, 1`)}) w
   CROSS JOIN bench_guide t CROSS JOIN LATERAL generate_series(1, w.rounds) r
   CROSS JOIN LATERAL generate_series(1, cardinality(t.self_checks)) q`;

const checklistSql = (persona: Persona) => `
  INSERT INTO "ChecklistProgress" (id, "learnerId", "itemId", "completedAt", note, "updatedAt")
  SELECT 'bench_cp_' || w.learner_id || '_' || c, w.learner_id, t.checklist_items[c],
         t.now - make_interval(days => 700 - (c * 650) / cardinality(t.checklist_items)),
         CASE WHEN c % 10 = 0 THEN 'Revisit this before the interview.' END,
         t.now - make_interval(days => 700 - (c * 650) / cardinality(t.checklist_items))
    FROM (SELECT id AS learner_id, progress FROM bench_learner
          ${persona(`UNION ALL SELECT '${heavy.id}', 1.0 UNION ALL SELECT '${light.id}', 0.05`)}) w
   CROSS JOIN bench_guide t
   CROSS JOIN LATERAL generate_series(1, floor(w.progress * cardinality(t.checklist_items))::int) c`;

/** The first ⌊p·(P+1)⌋ projects; all approved but the latest, whose status follows pick. */
const projectsSql = (persona: Persona) => `
  INSERT INTO "ProjectProgress" (id, "learnerId", "projectId", status, "repoUrl", "approvedAt", "createdAt", "updatedAt")
  SELECT 'bench_pp_' || w.learner_id || '_' || j, w.learner_id, t.projects[j], s.status,
         CASE WHEN s.status <> 'PLANNED' THEN 'https://github.com/example/project-' || j END,
         CASE WHEN s.status = 'APPROVED' THEN t.now - make_interval(days => 400 - j * 20) END,
         t.now - make_interval(days => 500 - j * 20),
         CASE WHEN s.status = 'SUBMITTED' THEN t.now - make_interval(days => 1 + w.i % 7) ELSE t.now - make_interval(days => 400 - j * 20) END
    FROM (SELECT id AS learner_id, i, progress, (i + i / 100) % 4 AS pick FROM bench_learner
          ${persona(`UNION ALL SELECT '${heavy.id}', 0, 0.999, 0`)}) w
   CROSS JOIN bench_guide t
   CROSS JOIN LATERAL generate_series(1, floor(w.progress * (cardinality(t.projects) + 1))::int) j
   CROSS JOIN LATERAL (SELECT (CASE WHEN j < floor(w.progress * (cardinality(t.projects) + 1)) THEN 'APPROVED'
                                    ELSE (ARRAY['SUBMITTED', 'IN_PROGRESS', 'APPROVED', 'PLANNED'])[1 + w.pick] END)::"ProjectStatus" AS status) s`;

/** This unit's learners and mentors, and with unit 0 the personas (mentor 001 is a generated mentor). */
const notificationsSql = (persona: Persona) => `
  INSERT INTO "Notification" (id, "userId", kind, title, body, href, "readAt", "createdAt")
  SELECT 'bench_n_' || u.id || '_' || n, u.id, 'review.decided', 'Your submission was reviewed',
         'Your mentor left a decision and comments on your latest version.', '/dashboard',
         CASE WHEN n <= 4 THEN t.now - make_interval(days => 200 - n * 30) END, t.now - make_interval(days => 200 - n * 30, hours => 1)
    FROM (SELECT id FROM bench_learner UNION ALL SELECT id FROM bench_mentor
          ${persona(
            `UNION ALL SELECT id FROM "User" WHERE id IN (${Object.values(personas)
              .filter((x) => x.id !== mentor.id)
              .map((x) => `'${x.id}'`)
              .join(", ")})`,
          )}) u
   CROSS JOIN bench_guide t CROSS JOIN generate_series(1, 6) n`;

/** Cohort c holds learners 100(c−1)+1 … 100c; cohort 1 has the heavy and light learners instead of 0099 and 0100. */
const cohortsSql = ({ from, to }: SeedUnits) => `
  INSERT INTO "Cohort" (id, "guideId", name, "startDate", "createdAt")
  SELECT ${cohortId("c")}, t.guide_id, 'Bench cohort ' || lpad(c::text, greatest(2, length(c::text)), '0'),
         t.today - 730 + c * 7, t.now - interval '731 days'
    FROM bench_guide t, generate_series(${from * UNIT_COHORTS + 1}, ${to * UNIT_COHORTS}) c`;

const cohortMembersSql = (persona: Persona) => `
  INSERT INTO "CohortMember" ("cohortId", "learnerId")
  SELECT ${cohortId("c")}, id
    FROM (SELECT 1 + (i - 1) / 100 AS c, id FROM bench_learner WHERE i NOT IN (99, 100)
          ${persona(`UNION ALL SELECT 1, '${heavy.id}' UNION ALL SELECT 1, '${light.id}'`)}) m`;

const cohortMentorsSql = ({ from, to }: SeedUnits) => `
  INSERT INTO "CohortMentor" ("cohortId", "mentorId")
  SELECT ${cohortId("c")}, 'bench_mentor_' || lpad(((c - 1) * 5 + k)::text, greatest(3, length(((c - 1) * 5 + k)::text)), '0')
    FROM generate_series(${from * UNIT_COHORTS + 1}, ${to * UNIT_COHORTS}) c, generate_series(1, 5) k`;
