import { databaseStatus } from "@/lib/health";

/**
 * Liveness and readiness in one: 200 when the app can reach its database, 503 when it cannot.
 * Public and cheap (one round trip), so a load balancer can poll it; it reveals no details.
 */
export async function GET(): Promise<Response> {
  const started = performance.now();
  // The outage itself is the answer; the server log already has the driver's error.
  const database = await databaseStatus();
  const body = {
    status: database === "up" ? "ok" : "degraded",
    app: "up",
    database,
    latencyMs: Math.round(performance.now() - started),
    time: new Date().toISOString(),
  };
  return Response.json(body, { status: database === "up" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
