import { randomUUID } from "node:crypto";
import { afterAll } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db";
import { enrollLearner } from "@/lib/guides/enrollment";
import type { Role } from "@/lib/generated/prisma/client";

let client: Db | undefined;

/** The test database (set up by scripts/test.ts), one client per test file. */
export function testDb(): Db {
  if (!client) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `npm test`");
    client = createPrismaClient(url, 4);
    afterAll(async () => {
      await client?.$disconnect();
      client = undefined;
    });
  }
  return client;
}

/** A fresh user with a unique email, so test files never collide on shared rows. */
export async function createTestUser(role: Role = "LEARNER", overrides: { timeZone?: string; name?: string } = {}) {
  const email = `${role.toLowerCase()}-${randomUUID()}@test.skilltrail.dev`;
  return testDb().user.create({
    data: { email, role, name: overrides.name ?? `Test ${role.toLowerCase()}`, timeZone: overrides.timeZone ?? "UTC" },
  });
}

/**
 * A fresh learner, enrolled the way the app enrols one (lib/guides/enrollment.ts): on the
 * default guide unless `guideId` is given, from now unless `startedAt` is.
 */
export async function createEnrolledLearner(
  options: { timeZone?: string; name?: string; guideId?: string; startedAt?: Date } = {},
) {
  const learner = await createTestUser("LEARNER", options);
  await enrollLearner(testDb(), learner.id, options);
  return learner;
}

export async function seededGuide() {
  return testDb().guide.findUniqueOrThrow({
    where: { slug: "ml-infrastructure" },
    include: {
      phases: { orderBy: { position: "asc" } },
      subSkills: { orderBy: { position: "asc" } },
    },
  });
}

/** Row counts of every table in the public schema, for "nothing changed" checks. */
export async function tableRowCounts(): Promise<Record<string, number>> {
  const tables = await testDb().$queryRaw<Array<{ table_name: string }>>`
    SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await testDb().$queryRawUnsafe<Array<{ n: bigint }>>(`SELECT count(*) AS n FROM "${table_name}"`);
    counts[table_name] = Number(row?.n ?? 0);
  }
  return counts;
}
