/**
 * The import case's measured part, run by import-case.ts in its own Node process (with
 * server-only-hook.ts, so `server-only`, which lib/hours/import-mutations.ts imports, resolves to
 * its empty module as in the Next.js server build) and DATABASE_URL set to the bench database.
 * Each import goes through the same code as the import action after its sign-in check: the
 * action's zod schema, then `importTimeEntries` (read and plan, dedupe and per-day lookups, the
 * one set-based INSERT and the statement-level daily-cap trigger). Prints one JSON line.
 */
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { db } from "@/lib/db";
import { importTimeEntries } from "@/lib/hours/import-mutations";
import { importTimeEntriesSchema } from "@/lib/hours/schema";

const [csvPath, timeZone = "UTC"] = process.argv.slice(2);
if (!csvPath) throw new Error("usage: import-worker.ts <file.csv> [time zone]");
const csv = await readFile(csvPath, "utf8");
const prisma = db();
const newLearner = () =>
  prisma.user.create({
    data: {
      email: `importer-${randomUUID()}@bench.skilltrail.dev`,
      name: "Imogen Importer",
      role: "LEARNER",
      timeZone,
    },
    select: { id: true, timeZone: true },
  });

/** One import as the action runs it after sign-in: its schema, then the import. */
async function timedImport(learner: { id: string; timeZone: string }, text: string) {
  const started = performance.now();
  const input = importTimeEntriesSchema.parse({ csv: text, importKey: randomUUID() });
  const result = await importTimeEntries(learner, input);
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

// The first import of a fresh process also loads modules, compiles Prisma's queries and warms
// the JIT, which a running server did long before: it is timed on its own (20 rows), as
// information, and the measured import is the next one, of the whole file, by another learner.
const firstLines = csv.split("\n").slice(0, 21).join("\n");
const warmUp = await timedImport(await newLearner(), firstLines);
const learner = await newLearner();
const { seconds, imported, duplicates } = await timedImport(learner, csv);

const [stored] = await prisma.$queryRaw<Array<{ entries: number; minutes: number }>>`
  SELECT COUNT(*)::int AS entries, COALESCE(SUM("minutes"), 0)::int AS minutes FROM "TimeEntry" WHERE "learnerId" = ${learner.id}`;
console.log(JSON.stringify({ seconds, imported, duplicates, stored, firstImportSeconds: warmUp.seconds }));
await prisma.$disconnect();
