/**
 * Runs once when a Next.js server starts: validates the environment (lib/startup.ts), so a
 * missing NEXTAUTH_SECRET in production or a half-configured OAuth provider stops the server
 * with a clear message, and installs the client-address stamp the rate limits rely on.
 * NEXT_RUNTIME is set by Next.js itself.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkEnvironmentOrExit } = await import("@/lib/startup");
    checkEnvironmentOrExit();
    // Resolve each request's client address from its socket before Next.js sees it (lib/security/client-ip.ts).
    const [http, https, { stampClientAddresses }, { env }] = await Promise.all([
      import("node:http"),
      import("node:https"),
      import("@/lib/security/client-ip"),
      import("@/lib/env"),
    ]);
    stampClientAddresses([http.Server, https.Server], () => env().TRUSTED_PROXY_HOPS);
  }
}
