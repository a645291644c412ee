import { env } from "@/lib/env";

/**
 * Called once at server start (instrumentation.ts, Node.js runtime only): an invalid
 * environment, such as production without NEXTAUTH_SECRET, stops the server with the reason
 * instead of failing on the first request.
 */
export function checkEnvironmentOrExit(): void {
  try {
    env();
  } catch (error) {
    console.error(`\nSkilltrail cannot start. ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
