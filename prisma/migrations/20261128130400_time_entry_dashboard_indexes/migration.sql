-- Written by hand (the schema snapshot is unchanged: Prisma's schema language cannot express
-- INCLUDE columns, and the snapshot diff never sees these indexes).
-- Found by `npm run bench` (docs/performance.md): with 20,000 time entries, three of the
-- learner dashboard's statements read every entry of the learner from the heap.

-- Recent activity: the latest 8 entries by createdAt (lib/progress/queries.ts
-- loadRecentActivity) were a sort of the learner's whole history; a backward scan of this
-- index stops after 8 rows.
CREATE INDEX "TimeEntry_learnerId_createdAt_date_idx" ON "TimeEntry"("learnerId", "createdAt", "date");

-- Minutes per phase × sub-skill over the learner's history (dashboard, mentor list, cohort
-- table): an index-only scan, already grouped in index order, instead of a heap scan + hash.
CREATE INDEX "TimeEntry_learnerId_phaseId_subSkillId_minutes_idx" ON "TimeEntry"("learnerId", "phaseId", "subSkillId") INCLUDE ("minutes");

-- Minutes per day over a date range (the heatmap's 52 weeks, the pace window) and the daily-cap
-- trigger's SUM for one day: index-only instead of one heap fetch per entry.
CREATE INDEX "TimeEntry_learnerId_date_minutes_idx" ON "TimeEntry"("learnerId", "date") INCLUDE ("minutes");
