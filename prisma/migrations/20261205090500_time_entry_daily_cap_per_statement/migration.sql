-- Written by hand (the schema snapshot is unchanged: the schema language has no triggers, so
-- `npm run db:new-migration` finds no diff and writes no folder).
--
-- The daily cap, checked once per statement instead of once per row. The row-level trigger
-- took an advisory lock and summed the learner's day for every inserted row: a 10,000-row
-- import spent about 25 s in it. The statement-level triggers below read the statement's rows
-- from its transition table, lock each learner-day it touched once (in one fixed order, so two
-- statements on the same days queue instead of deadlocking) and sum those days in one query.
-- The guarantees are the same: the same advisory lock key as every other writer of the day
-- (so concurrent writers are serialised per learner and date), a fresh snapshot for the sum
-- after the lock (each statement in a plpgsql function takes one), the same SQLSTATE,
-- constraint name and message, and the whole statement rolled back when one day is over.

DROP TRIGGER "TimeEntry_daily_cap" ON "TimeEntry";
DROP FUNCTION "TimeEntry_enforce_daily_cap"();

-- The future-date check stays per row and BEFORE the write: one comparison (no lock, no
-- query), and it must still name the date before a CHECK constraint names another problem.
CREATE FUNCTION "TimeEntry_refuse_future_date"() RETURNS trigger AS $$
BEGIN
  IF NEW."date" > (now() AT TIME ZONE 'UTC')::date + 1 THEN
    RAISE EXCEPTION 'time entry date % is in the future', NEW."date"
      USING ERRCODE = '23514', CONSTRAINT = 'TimeEntry_date_not_future';
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "TimeEntry_date_not_future"
  BEFORE INSERT OR UPDATE OF "minutes", "date", "learnerId" ON "TimeEntry"
  FOR EACH ROW EXECUTE FUNCTION "TimeEntry_refuse_future_date"();

-- Locks the given learner-days and refuses the statement if one of them now holds more than
-- 1,440 minutes (the statement's own rows are visible: the caller is an AFTER trigger). The
-- day reported is the earliest one over the cap, with its total.
CREATE FUNCTION "TimeEntry_check_daily_cap"(learner_ids text[], days date[]) RETURNS void AS $$
DECLARE
  over_cap record;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(d.learner || '/' || d.day::text, 0))
    FROM (SELECT DISTINCT learner, day FROM unnest(learner_ids, days) AS u(learner, day) ORDER BY learner, day) d;
  SELECT e."date" AS day, SUM(e."minutes") AS total INTO over_cap
    FROM "TimeEntry" e
    JOIN (SELECT DISTINCT learner, day FROM unnest(learner_ids, days) AS u(learner, day)) d
      ON e."learnerId" = d.learner AND e."date" = d.day
   GROUP BY e."learnerId", e."date"
  HAVING SUM(e."minutes") > 1440
   ORDER BY e."date", e."learnerId"
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'daily total for % would be % minutes', over_cap.day, over_cap.total
      USING ERRCODE = '23514', CONSTRAINT = 'TimeEntry_daily_cap';
  END IF;
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION "TimeEntry_daily_cap_after_insert"() RETURNS trigger AS $$
BEGIN
  PERFORM "TimeEntry_check_daily_cap"(array_agg("learnerId"), array_agg("date")) FROM new_entries;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

-- An update is checked on the days of the rows whose learner, date or minutes changed (the
-- row trigger fired on UPDATE OF those columns; a transition table cannot take a column list).
CREATE FUNCTION "TimeEntry_daily_cap_after_update"() RETURNS trigger AS $$
BEGIN
  PERFORM "TimeEntry_check_daily_cap"(array_agg(n."learnerId"), array_agg(n."date"))
     FROM new_entries n
     LEFT JOIN old_entries o ON o."id" = n."id"
    WHERE o."id" IS NULL
       OR (n."learnerId", n."date", n."minutes") IS DISTINCT FROM (o."learnerId", o."date", o."minutes");
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "TimeEntry_daily_cap"
  AFTER INSERT ON "TimeEntry"
  REFERENCING NEW TABLE AS new_entries
  FOR EACH STATEMENT EXECUTE FUNCTION "TimeEntry_daily_cap_after_insert"();

CREATE TRIGGER "TimeEntry_daily_cap_update"
  AFTER UPDATE ON "TimeEntry"
  REFERENCING OLD TABLE AS old_entries NEW TABLE AS new_entries
  FOR EACH STATEMENT EXECUTE FUNCTION "TimeEntry_daily_cap_after_update"();
