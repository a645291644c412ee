/**
 * Runs once when a Next.js server starts: validates the environment (lib/startup.ts), so a
 * missing NEXTAUTH_SECRET in production or a half-configured OAuth provider stops the server
 * with a clear message. NEXT_RUNTIME is set by Next.js itself.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkEnvironmentOrExit } = await import("@/lib/startup");
    checkEnvironmentOrExit();
  }
}
