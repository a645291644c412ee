/**
 * `npm run db:seed`: seeds the guide (and, outside production, the demo accounts) into the
 * database. Idempotent: it only creates what is missing.
 */
import pg from "pg";
import { createPrismaClient } from "@/lib/db";
import { seedDatabase } from "@/prisma/seed";
import { isEntrypoint, resolveDatabase } from "./embedded";

/** Any fixed number: the key of the session lock that lets one seeder run at a time. */
const SEED_LOCK_KEY = 7_341_902;

/**
 * Several app instances starting together (`docker compose up --scale app=3`) each seed: a
 * session advisory lock makes them take turns, so the later ones find everything there
 * instead of racing on the same unique keys.
 */
export async function seedDatabaseAt(url: string): Promise<void> {
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  const prisma = createPrismaClient(url, 2);
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [SEED_LOCK_KEY]);
    await seedDatabase(prisma, { demoAccounts: process.env.NODE_ENV !== "production" });
  } finally {
    await prisma.$disconnect();
    await lock.end(); // ends the session, and with it the lock
  }
}

if (isEntrypoint(import.meta.url)) {
  const database = await resolveDatabase("dev");
  try {
    await seedDatabaseAt(database.url);
    console.log("Seeded.");
  } finally {
    await database.stop();
  }
}
