import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { db, replicaDb, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import {
  chooseReadRoute,
  readsFromReplica,
  REPLICA_RETRY_MS,
  WROTE_AT_COOKIE,
  WROTE_AT_MAX_AGE_SECONDS,
  type ReplicaState,
} from "@/lib/read-replica/routing";
import type { Role } from "@/lib/generated/prisma/client";

/**
 * The client for an aggregate read (the admin's cohort table, user list and audit log, a
 * mentor's mentee list): the read replica when DATABASE_REPLICA_URL is set, it answers, and it
 * has replayed the viewer's last write (lib/read-replica/routing.ts); the primary otherwise.
 * Use it ONLY for those reads: a learner's own pages, anything read to decide a write, and
 * anything cached for others stay on db().
 *
 * With a replica configured this costs one statement on the replica per request (memoised by
 * React's `cache` across a render): its replay position, which is also the health check, so a
 * replica that is down or unreachable sends the page to the primary instead of failing it.
 * Without one it costs nothing.
 */
export const readDb = cache(async (): Promise<Db> => {
  const replica = replicaDb();
  if (!replica) return db();
  const state = await probe(replica);
  return chooseReadRoute(state, await wroteAtCookie()) === "replica" ? replica : db();
});

/**
 * Called after a server action of a staff user ran its handler (lib/actions/safe-action.ts):
 * keeps the primary's WAL position in a cookie, so their next aggregate page waits for the
 * replica to have it (reads the primary until then). Never fails the action: a write whose
 * position could not be read is logged, and the worst case is one page as of a moment before.
 */
export async function rememberWrite(role: Role): Promise<void> {
  if (!readsFromReplica(role) || !replicaDb()) return;
  try {
    const [row] = await db().$queryRaw<Array<{ lsn: string }>>`SELECT pg_current_wal_lsn()::text AS lsn`;
    (await cookies()).set(WROTE_AT_COOKIE, row!.lsn, {
      httpOnly: true,
      sameSite: "lax",
      secure: env().NEXTAUTH_URL.startsWith("https://"),
      path: "/",
      maxAge: WROTE_AT_MAX_AGE_SECONDS,
    });
  } catch (error) {
    console.error("[read-replica] could not record the write's WAL position", error);
  }
}

async function wroteAtCookie(): Promise<string | null> {
  try {
    return (await cookies()).get(WROTE_AT_COOKIE)?.value ?? null;
  } catch {
    return null; // outside a request (a script, a test): no viewer, no write of theirs
  }
}

// Per process: after a failed probe the replica is skipped for REPLICA_RETRY_MS, so an outage
// costs one connection attempt per interval, not one per page; logged once per outage.
const health = { downSince: null as number | null, retryAt: 0 };

async function probe(replica: Db): Promise<ReplicaState> {
  if (health.downSince !== null && Date.now() < health.retryAt) return { configured: true, reachable: false };
  try {
    const [row] = await replica.$queryRaw<Array<{ lsn: string | null }>>`SELECT pg_last_wal_replay_lsn()::text AS lsn`;
    if (health.downSince !== null) {
      console.info(`[read-replica] reachable again after ${Math.round((Date.now() - health.downSince) / 1000)} s`);
      health.downSince = null;
    }
    return { configured: true, reachable: true, replayedAt: row?.lsn ?? null };
  } catch (error) {
    if (health.downSince === null) {
      console.error("[read-replica] unreachable: aggregate pages read the primary until it answers", error);
      health.downSince = Date.now();
    }
    health.retryAt = Date.now() + REPLICA_RETRY_MS;
    return { configured: true, reachable: false };
  }
}
