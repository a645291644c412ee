/**
 * Bulk-seeds a realistic volume into the (already migrated and guide-seeded) bench database,
 * in SQL: each table is one INSERT … SELECT over generate_series, so a million rows take
 * seconds, not the hours row-by-row inserts from JavaScript would.
 *
 * The volume (scripts/bench/config.ts): 2,000 learners and 100 mentors (learner i has mentor
 * ((i - 1) mod 100) + 1), 1,000,000 time entries over the last two years, plus the personas of
 * personas.ts: a heavy learner (20,000 entries), a light one (10), a fresh one, an admin.
 * Submissions, quiz attempts, self-assessments, checklist progress, portfolio projects,
 * notifications and cohorts follow in seed-records.ts.
 *
 * Time entries respect every rule of the schema BY CONSTRUCTION, so the daily-cap trigger (an
 * advisory lock and a SUM per row) is switched off for the load and on again after; one query
 * then proves the data obeys it anyway (assertEntriesValid). Keys and indexes of TimeEntry are
 * rebuilt after the load rather than maintained row by row (bulk-load.ts), which checks them.
 */
import type pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { loadWithoutKeys } from "./bulk-load";
import { benchConfig } from "./config";
import { withClient } from "./database";
import { personas } from "./personas";
import { seedRecords } from "./seed-records";

export type SeedSummary = { seconds: number; counts: Record<string, number> };

const COUNTED_TABLES = [
  "User",
  "Enrollment",
  "MentorAssignment",
  "TimeEntry",
  "Submission",
  "SubmissionVersion",
  "Review",
  "SubmissionStatusChange",
  "QuizAttempt",
  "QuizAnswer",
  "SelfAssessment",
  "ChecklistProgress",
  "ProjectProgress",
  "Notification",
  "Cohort",
  "CohortMember",
] as const;

/** The scale-1 volume, the personas included (units [0, 1) of seedUnits). */
export async function seedVolume(url: string): Promise<SeedSummary> {
  return seedUnits(url, { from: 0, to: 1 });
}

/**
 * Seeds volume units [from, to): unit u holds learners 2000u + 1 … 2000(u + 1), mentors
 * 100u + 1 … 100(u + 1) (each with 20 of that unit's learners), cohorts 20u + 1 … 20(u + 1),
 * and everything those learners own. Unit 0 also holds the personas. `BENCH_SCALE=10` seeds
 * unit 0, measures, then adds units 1 … 9 to the same database (scale.ts): the personas, mentor
 * 001's mentees and cohort 1 stay exactly as they were, only everyone else's data grows.
 */
export async function seedUnits(url: string, units: SeedUnits): Promise<SeedSummary> {
  const started = performance.now();
  // One argon2 hash for every bench account: hashing 2,100 passwords would take minutes.
  const passwordHash = await hashPassword(benchConfig.password);
  const withPersonas = units.from === 0;
  await withClient(url, async (client) => {
    const step = async (label: string, sql: string, params: unknown[] = []) => {
      const t = performance.now();
      const result: pg.QueryResult | pg.QueryResult[] = await client.query(sql, params);
      const rows = (Array.isArray(result) ? result.at(-1) : result)?.rowCount ?? 0; // a script: its last statement
      console.log(
        `  ${label.padEnd(28)} ${String(rows).padStart(9)} rows  ${((performance.now() - t) / 1000).toFixed(1)} s`,
      );
    };
    await client.query("SET TIME ZONE 'UTC'");
    // Index builds over 10 million rows (BENCH_SCALE=10) sort in memory rather than on disk.
    await client.query(`SET maintenance_work_mem = '${withPersonas ? "256MB" : "1GB"}'`);
    await client.query(guideSql(units));
    await client.query("BEGIN");
    await step("users", usersSql(units), [passwordHash]);
    await step("enrollments", ENROLLMENTS_SQL);
    await step("mentor assignments", assignmentsSql(withPersonas));
    await loadWithoutKeys(client, "TimeEntry", async () => {
      await step("time entries (learners)", learnerEntriesSql());
      if (withPersonas) await step("time entries (heavy, light)", personaEntriesSql());
    });
    await seedRecords(step, units, (table, load) => loadWithoutKeys(client, table, load));
    await client.query("COMMIT");
    await assertEntriesValid(client);
    // A two-year-old database has been vacuumed and analysed by autovacuum many times: the
    // visibility map lets index-only scans skip the heap, the statistics give real plans.
    const t = performance.now();
    await client.query("VACUUM (ANALYZE)");
    console.log(`  ${"VACUUM (ANALYZE)".padEnd(44)}  ${((performance.now() - t) / 1000).toFixed(1)} s`);
  });
  const counts = await countRows(url);
  return { seconds: (performance.now() - started) / 1000, counts };
}

export type SeedUnits = { from: number; to: number };

const UNIT_LEARNERS = benchConfig.volume.learners;
const UNIT_MENTORS = benchConfig.volume.mentors;

/**
 * `lpad` that never truncates: the ids of learner 20000 or mentor 1000 have more digits than
 * scale 1's (plain lpad would cut '20000' to '2000', a duplicate key).
 */
export const sqlPad = (expr: string, width: number) =>
  `lpad((${expr})::text, greatest(${width}, length((${expr})::text)), '0')`;

/** The guide's ids in path order, as arrays the generators index into (1-based, as SQL). */
const guideSql = ({ from, to }: SeedUnits) => `
  CREATE TEMP TABLE bench_guide AS
  SELECT g.id AS guide_id,
         (SELECT array_agg(p.id ORDER BY p.position) FROM "Phase" p WHERE p."guideId" = g.id AND p."archivedAt" IS NULL) AS phases,
         (SELECT array_agg(s.id ORDER BY s.position) FROM "SubSkill" s WHERE s."guideId" = g.id AND s."archivedAt" IS NULL) AS sub_skills,
         (SELECT array_agg(d.id ORDER BY p.position, d.position) FROM "Deliverable" d JOIN "Phase" p ON p.id = d."phaseId"
           WHERE p."guideId" = g.id AND d."archivedAt" IS NULL) AS deliverables,
         (SELECT array_agg(c.id ORDER BY p.position, c.kind, c.position) FROM "ChecklistItem" c JOIN "Phase" p ON p.id = c."phaseId"
           WHERE p."guideId" = g.id AND c."archivedAt" IS NULL) AS checklist_items,
         (SELECT array_agg(q.id ORDER BY q.position) FROM "QuizQuestion" q WHERE q."guideId" = g.id AND q."archivedAt" IS NULL) AS questions,
         (SELECT array_agg(q."correctOption" ORDER BY q.position) FROM "QuizQuestion" q WHERE q."guideId" = g.id AND q."archivedAt" IS NULL) AS correct_options,
         (SELECT array_agg(q.id ORDER BY q.position) FROM "SelfCheckQuestion" q WHERE q."guideId" = g.id AND q."archivedAt" IS NULL) AS self_checks,
         (SELECT array_agg(p.id ORDER BY p.position) FROM "PortfolioProject" p WHERE p."guideId" = g.id AND p."archivedAt" IS NULL) AS projects,
         (now() AT TIME ZONE 'UTC')::date AS today,
         (now() AT TIME ZONE 'UTC') AS now
    FROM "Guide" g ORDER BY g."createdAt" LIMIT 1;
  -- Learner i's number, mentor, and progress p in [0, 1) (a fixed scramble of i), reused by
  -- every generator so one learner's records agree with each other. Learner i of unit u has a
  -- mentor of the same unit: mentor 001's mentees are the same at every scale.
  CREATE TEMP TABLE bench_learner AS
  SELECT i, 'bench_learner_' || ${sqlPad("i", 4)} AS id,
         'bench_mentor_' || ${sqlPad(`((i - 1) / ${UNIT_LEARNERS}) * ${UNIT_MENTORS} + ((i - 1) % ${UNIT_MENTORS}) + 1`, 3)} AS mentor_id,
         ((i * 7919) % 1000) / 1000.0 AS progress
    FROM generate_series(${from * UNIT_LEARNERS + 1}, ${to * UNIT_LEARNERS}) i;
  CREATE TEMP TABLE bench_mentor AS
  SELECT m, 'bench_mentor_' || ${sqlPad("m", 3)} AS id FROM generate_series(${from * UNIT_MENTORS + 1}, ${to * UNIT_MENTORS}) m;`;

function usersSql(units: SeedUnits): string {
  const persona = Object.values(personas)
    .filter((p) => p.id !== personas.mentor.id) // mentor 001 is one of the generated mentors
    .map((p) => `('${p.id}', '${p.email}', '${p.name}', '${p.role}'::"Role")`)
    .join(", ");
  const personaRows =
    units.from === 0
      ? `UNION ALL SELECT id, email, name, role, 'UTC' FROM (VALUES ${persona}) AS p(id, email, name, role)`
      : "";
  return `
    INSERT INTO "User" (id, email, name, "passwordHash", role, "timeZone", "emailVerified", "createdAt", "updatedAt")
    SELECT id, email, name, $1, role, tz, t.now - interval '2 years', t.now - interval '2 years', t.now
      FROM bench_guide t, (
        SELECT id, 'learner' || ${sqlPad("i", 4)} || '@bench.skilltrail.dev' AS email, 'Learner ' || ${sqlPad("i", 4)} AS name,
               'LEARNER'::"Role" AS role, (ARRAY['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'])[1 + i % 4] AS tz
          FROM bench_learner
        UNION ALL
        SELECT id, 'mentor' || ${sqlPad("m", 3)} || '@bench.skilltrail.dev', 'Mentor ' || ${sqlPad("m", 3)}, 'MENTOR', 'UTC'
          FROM bench_mentor
        ${personaRows}
      ) u`;
}

/** Every bench learner not enrolled yet: this unit's, and the personas with unit 0. */
const ENROLLMENTS_SQL = `
  INSERT INTO "Enrollment" (id, "userId", "guideId", "startedAt")
  SELECT 'bench_enr_' || u.id, u.id, t.guide_id, t.now - interval '731 days'
    FROM "User" u, bench_guide t
   WHERE u.id LIKE 'bench\\_%' AND u.role = 'LEARNER'
     AND NOT EXISTS (SELECT 1 FROM "Enrollment" e WHERE e.id = 'bench_enr_' || u.id)`;

const assignmentsSql = (withPersonas: boolean) => `
  INSERT INTO "MentorAssignment" (id, "mentorId", "learnerId", "createdAt")
  SELECT 'bench_ma_' || learner_id, mentor_id, learner_id, t.now - interval '730 days'
    FROM bench_guide t, (
      SELECT id AS learner_id, mentor_id FROM bench_learner
      ${withPersonas ? `UNION ALL SELECT '${personas.heavy.id}', '${personas.mentor.id}'` : ""}
      ${withPersonas ? `UNION ALL SELECT '${personas.light.id}', '${personas.mentor.id}'` : ""}
    ) a`;

/**
 * Learner i logs n_i entries, 125 to 875 (learners i and i + 1000 of a unit differ from 500 by
 * opposite amounts, so the total is exactly 500 per learner; j is i's number within its unit).
 * Entry k falls on day offset 1 + (7k + i) mod 730: as 7 and 730 are coprime, the first 730 entries take distinct days, so
 * no day holds more than 2 entries of at most 240 minutes (480 <= 1440), and no day is after
 * yesterday. Older days are in earlier phases: each learner moved along the path over the two
 * years. One entry in ten has no sub-skill, one in twenty a note.
 */
function learnerEntriesSql(): string {
  const perLearner = benchConfig.volume.timeEntries / UNIT_LEARNERS;
  const half = UNIT_LEARNERS / 2;
  const j = `(((l.i - 1) % ${UNIT_LEARNERS}) + 1)`;
  return `
    INSERT INTO "TimeEntry" (id, "learnerId", "phaseId", "subSkillId", date, minutes, note, "idempotencyKey", "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, l.id,
           t.phases[1 + ((730 - e.off) * cardinality(t.phases)) / 730],
           CASE WHEN (k + l.i) % 10 = 0 THEN NULL ELSE t.sub_skills[1 + (k + l.i) % cardinality(t.sub_skills)] END,
           t.today - e.off,
           15 + (k * 37 + l.i * 11) % 226,
           CASE WHEN k % 20 = 0 THEN 'Worked through the exercises and wrote up what I learned.' END,
           gen_random_uuid()::text,
           (t.today - e.off) + interval '18 hours' + make_interval(mins => k % 300),
           (t.today - e.off) + interval '18 hours' + make_interval(mins => k % 300)
      FROM bench_guide t, bench_learner l
     CROSS JOIN LATERAL generate_series(0, ${perLearner} - 1
           + CASE WHEN ${j} <= ${half} THEN 1 ELSE -1 END * (((((${j}) % ${half}) * 7919) % 751) - 375)) k
     CROSS JOIN LATERAL (SELECT 1 + (k * 7 + l.i) % 730 AS off) e`;
}

/**
 * The heavy learner: entry k on day offset 1 + k mod 730, so a day holds at most
 * ceil(20000 / 730) = 28 entries of at most 50 minutes (1400 <= 1440). The light learner: 10
 * entries on days 1, 4 … 28, 30 to 120 minutes.
 */
function personaEntriesSql(): string {
  const { heavyEntries, lightEntries } = benchConfig.volume;
  return `
    INSERT INTO "TimeEntry" (id, "learnerId", "phaseId", "subSkillId", date, minutes, note, "idempotencyKey", "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, x.learner,
           t.phases[1 + ((730 - x.off) * cardinality(t.phases)) / 730],
           CASE WHEN x.k % 10 = 0 THEN NULL ELSE t.sub_skills[1 + x.k % cardinality(t.sub_skills)] END,
           t.today - x.off, x.minutes, NULL, gen_random_uuid()::text,
           (t.today - x.off) + interval '9 hours' + make_interval(mins => x.k % 600),
           (t.today - x.off) + interval '9 hours' + make_interval(mins => x.k % 600)
      FROM bench_guide t, (
        SELECT '${personas.heavy.id}' AS learner, k, 1 + k % 730 AS off, 10 + (k * 13) % 41 AS minutes
          FROM generate_series(0, ${heavyEntries} - 1) k
        UNION ALL
        SELECT '${personas.light.id}', k, 1 + 3 * k, 30 + 10 * k FROM generate_series(0, ${lightEntries} - 1) k
      ) x`;
}

/** The rules the disabled trigger would have enforced, checked over every row at once. */
async function assertEntriesValid(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ over_cap: number; future: number }>(`
    SELECT (SELECT count(*) FROM (SELECT 1 FROM "TimeEntry" GROUP BY "learnerId", date HAVING sum(minutes) > 1440) d)::int AS over_cap,
           (SELECT count(*) FROM "TimeEntry" WHERE date > (now() AT TIME ZONE 'UTC')::date)::int AS future`);
  const { over_cap: overCap, future } = rows[0]!;
  if (overCap > 0 || future > 0) {
    throw new Error(
      `Seeded time entries break the rules: ${overCap} learner-days over 1440 minutes, ${future} future dates`,
    );
  }
  console.log("  check: no learner-day over 1440 minutes, no future date");
}

async function countRows(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const sql = COUNTED_TABLES.map((table) => `SELECT '${table}' AS name, count(*)::int AS n FROM "${table}"`).join(
      " UNION ALL ",
    );
    const { rows } = await client.query<{ name: string; n: number }>(sql);
    return Object.fromEntries(rows.map((r) => [r.name, r.n]));
  });
}
