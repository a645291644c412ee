/**
 * `npm run dev`: the whole local stack in one command. Starts the embedded PostgreSQL (unless
 * DATABASE_URL is set), applies migrations, seeds the guide and demo accounts, then runs
 * `next dev`. Ctrl-C or SIGTERM stops Next.js first, then the database.
 */
import { resolveDatabase } from "./db/embedded";
import { migrateDatabase } from "./db/migrate";
import { seedDatabaseAt } from "./db/seed";
import { bin, start, stopChild } from "./lib/processes";
import { localSecret } from "./lib/local-secret";

const port = process.env.PORT ?? "3000";
const database = await resolveDatabase("dev");
let stopping = false;

const children: { next?: ReturnType<typeof start> } = {};

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (children.next) await stopChild(children.next);
    await database.stop();
  }
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  await migrateDatabase(database.url);
  await seedDatabaseAt(database.url);
} catch (error) {
  console.error(error);
  await shutdown(1);
}

const next = start(bin("next"), ["dev", "--port", port], {
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(),
    NEXT_TELEMETRY_DISABLED: "1",
  },
});
children.next = next;
next.on("exit", (code) => void shutdown(code ?? 0));
console.log(
  `\nSkilltrail: http://localhost:${port}  (database: ${database.embedded ? "embedded PostgreSQL" : "DATABASE_URL"})\n`,
);
