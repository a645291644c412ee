/**
 * The import case's measured part, run by import-case.ts in its own Node process with the
 * `react-server` export condition (so `server-only`, which lib/hours/import-mutations.ts imports,
 * resolves to its empty module as it does in the Next.js server build) and DATABASE_URL set to
 * the bench database. It creates a fresh learner, then imports the CSV through the same code as
 * the import action after its sign-in check: the action's zod schema, then `importTimeEntries`
 * (plan, dedupe lookups, the one set-based INSERT and the daily-cap trigger). Prints one JSON line.
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
const learner = await prisma.user.create({
  data: { email: `importer-${randomUUID()}@bench.skilltrail.dev`, name: "Imogen Importer", role: "LEARNER", timeZone },
  select: { id: true, timeZone: true },
});

const started = performance.now();
const input = importTimeEntriesSchema.parse({ csv, importKey: randomUUID() });
const { imported, duplicates } = await importTimeEntries(learner, input);
const seconds = (performance.now() - started) / 1000;

const [stored] = await prisma.$queryRaw<Array<{ entries: number; minutes: number }>>`
  SELECT COUNT(*)::int AS entries, COALESCE(SUM("minutes"), 0)::int AS minutes FROM "TimeEntry" WHERE "learnerId" = ${learner.id}`;
console.log(JSON.stringify({ seconds, imported, duplicates, stored }));
await prisma.$disconnect();
