/**
 * Telling "the database is unreachable" apart from every other failure, so an outage gets its
 * own honest message ("nothing was saved, try again shortly") instead of a generic error, and
 * a bug is not mistaken for an outage. Pure: it only looks at the error's shape.
 *
 * Shapes seen with Prisma 7 + adapter-pg: P1001 (can't reach the server) on model queries, P2010
 * wrapping the same text on raw queries, P1017 when the server closes a pooled connection, and
 * the driver's own errors (socket codes, PostgreSQL's 57P0x shutdown / 08xxx connection classes).
 */

export const DATABASE_UNAVAILABLE_MESSAGE =
  "Skilltrail can't reach its database right now, so nothing was saved. Please try again in a minute.";

const PRISMA_CONNECTION_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
const DRIVER_CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "57P01",
  "57P02",
  "57P03",
]);
const CONNECTION_TEXT =
  /can't reach database server|server has closed the connection|connection terminated|terminating connection|connection refused|the database system is (starting up|shutting down)|Connection ended unexpectedly/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const { name, code, message, cause } = error as {
    name?: unknown;
    code?: unknown;
    message?: unknown;
    cause?: unknown;
  };
  if (name === "PrismaClientInitializationError") return true;
  if (typeof code === "string") {
    if (PRISMA_CONNECTION_CODES.has(code) || DRIVER_CONNECTION_CODES.has(code) || code.startsWith("08")) return true;
  }
  if (typeof message === "string" && CONNECTION_TEXT.test(message)) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}
