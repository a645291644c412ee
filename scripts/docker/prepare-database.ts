/**
 * The production image's database step, run by scripts/docker/start.sh before the server:
 * apply the pending migrations, then seed the guide. Idempotent, and safe when several
 * containers start at once (the engine locks the migrations table, the seeder an advisory
 * lock). With NODE_ENV=production (the image's) no demo accounts are created.
 *
 * scripts/docker/assemble.ts bundles this file with everything it imports into one script that
 * plain `node` runs: the image has neither tsx nor the TypeScript sources. Paths are relative
 * to the working directory, the assembled app's folder (start.sh changes into it).
 */
import { join } from "node:path";
import { migrateDatabase } from "../db/migrate";
import { seedDatabaseAt } from "../db/seed";

async function main(): Promise<void> {
  // Behind a transaction-pooling PgBouncer, DATABASE_URL is the pooler's: the migration engine's
  // session lock needs a direct connection (README, "Several instances").
  const url = process.env.DIRECT_DATABASE_URL || process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  await migrateDatabase(url, { migrationsDir: join(process.cwd(), "prisma", "migrations") });
  await seedDatabaseAt(url);
  console.log(
    process.env.NODE_ENV === "production" ? "Seeded the guides." : "Seeded the guides and the demo accounts.",
  );
}

main().catch((error: unknown) => {
  console.error(`Preparing the database failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
