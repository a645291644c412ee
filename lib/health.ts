import "server-only";
import { db } from "@/lib/db";

/** One round trip to PostgreSQL: "up" when it answers, "down" otherwise (the driver logs why). */
export async function databaseStatus(): Promise<"up" | "down"> {
  try {
    await db().$queryRaw`SELECT 1`;
    return "up";
  } catch {
    return "down";
  }
}
