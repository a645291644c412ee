import { describe, expect, it } from "vitest";
import { checkDrift, formatDriftReport } from "@/scripts/db/drift";
import { migrateDatabase } from "@/scripts/db/migrate";

describe("migrations", () => {
  const url = process.env.DATABASE_URL!;

  it("agree with schema.prisma and replay cleanly on an empty database", async () => {
    const report = await checkDrift(url);
    expect(report.problems, formatDriftReport(report)).toEqual([]);
    expect(report.schemaDiff).toBe("");
    expect(report.replayError).toBeNull();
    expect(report.ok).toBe(true);
  });

  it("apply nothing the second time", async () => {
    expect(await migrateDatabase(url, { log: () => {} })).toEqual([]);
  });
});
