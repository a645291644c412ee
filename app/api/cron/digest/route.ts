import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { sendDailyDigests } from "@/lib/notifications/digest";

/**
 * GET /api/cron/digest: sends the daily email digests (lib/notifications/digest.ts). Called by
 * a scheduler with `Authorization: Bearer $CRON_SECRET` (docs/notifications.md). Without
 * CRON_SECRET configured the route refuses every call, so an unconfigured deployment cannot be
 * made to send mail by anyone who finds the URL.
 */
export async function GET(request: Request): Promise<Response> {
  const secret = env().CRON_SECRET;
  if (!secret || !bearerMatches(request.headers.get("authorization"), secret)) {
    return Response.json(
      { error: "Unauthorized." },
      { status: 401, headers: { "Cache-Control": "no-store", "WWW-Authenticate": 'Bearer realm="cron"' } },
    );
  }
  const report = await sendDailyDigests(new Date());
  return Response.json(report, { headers: { "Cache-Control": "no-store" } });
}

/** Compares digests of equal length in constant time, so timing does not reveal the secret. */
function bearerMatches(header: string | null, secret: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? "");
  if (!match) return false;
  const given = createHash("sha256").update(match[1]!).digest();
  const expected = createHash("sha256").update(secret).digest();
  return timingSafeEqual(given, expected);
}
