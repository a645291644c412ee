import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db-availability";

const withCode = (code: string, message = "") => Object.assign(new Error(message), { code });

describe("isDatabaseUnavailable", () => {
  it("recognises Prisma's connection errors and the driver's", () => {
    expect(isDatabaseUnavailable(withCode("P1001", "Can't reach database server at 127.0.0.1:5432"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("P1017", "Server has closed the connection."))).toBe(true);
    expect(
      isDatabaseUnavailable(withCode("P2010", "Raw query failed. Message: `Can't reach database server at h:1`")),
    ).toBe(true);
    expect(isDatabaseUnavailable(withCode("ECONNREFUSED"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("57P01", "terminating connection due to administrator command"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("08006"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("init"), { name: "PrismaClientInitializationError" }))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(new Error("wrapped", { cause: withCode("ECONNRESET") }))).toBe(true);
  });

  it("leaves every other failure to the generic handling", () => {
    expect(isDatabaseUnavailable(withCode("P2002", "Unique constraint failed"))).toBe(false);
    expect(isDatabaseUnavailable(withCode("23514", "daily total for 2026-01-01 would be 1500 minutes"))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("Can't reach database server")).toBe(false);
  });
});
