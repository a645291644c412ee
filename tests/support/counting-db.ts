/**
 * A `@/lib/db` whose db() is one client that counts every SQL statement it sends, for tests
 * that hold a query to a fixed number of statements (the dashboard, its cache, the summaries,
 * the cohort table). Used from a test file's hoisted mock:
 *
 *   const queryLog = vi.hoisted(() => ({ count: 0 }));
 *   vi.mock("@/lib/db", async (importOriginal) =>
 *     (await import("../support/counting-db")).countingDbModule(importOriginal, queryLog));
 */
import type * as DbModule from "@/lib/db";

export async function countingDbModule(
  importOriginal: <T>() => Promise<T>,
  queryLog: { count: number },
): Promise<typeof DbModule> {
  const actual = await importOriginal<typeof DbModule>();
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { PrismaClient } = await import("@/lib/generated/prisma/client");
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "", max: 4 }),
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", () => {
    queryLog.count += 1;
  });
  return { ...actual, db: () => client };
}
