/**
 * `npm run db:seed`: seeds the guide (and, outside production, the demo accounts) into the
 * database. Idempotent: it only creates what is missing.
 */
import pg from "pg";
import { createPrismaClient } from "@/lib/db";
import { seedDatabase } from "@/prisma/seed";
import { isEntrypoint, resolveDatabase } from "./embedded";

/** Any fixed number: the key of the advisory lock that lets one seeder run at a time. */
const SEED_LOCK_KEY = 7_341_902;

/**
 * Several app instances starting together (`docker compose up --scale app=3`) each seed: an
 * advisory lock makes them take turns, so the later ones find everything there instead of
 * racing on the same unique keys. The lock belongs to a transaction held open for the whole
 * seed, not to the session: a transaction-pooling PgBouncer keeps one server connection for a
 * transaction, but hands a session's connection to others between statements, where a session
 * lock would be left behind, held by nobody (tests/system/multi-instance.test.ts).
 */
export async function seedDatabaseAt(url: string): Promise<void> {
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  const prisma = createPrismaClient(url, 2);
  try {
    await lock.query("BEGIN");
    await lock.query("SELECT pg_advisory_xact_lock($1)", [SEED_LOCK_KEY]);
    await seedDatabase(prisma, { demoAccounts: process.env.NODE_ENV !== "production" });
    await lock.query("COMMIT"); // releases the lock
  } finally {
    await prisma.$disconnect();
    await lock.end(); // on failure, ending the session rolls back and releases the lock
  }
}

if (isEntrypoint(import.meta.url)) {
  const database = await resolveDatabase("dev", { direct: true });
  try {
    await seedDatabaseAt(database.url);
    console.log("Seeded.");
  } finally {
    await database.stop();
  }
}
