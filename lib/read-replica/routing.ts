import type { Role } from "@/lib/generated/prisma/client";

/**
 * Which database an aggregate read goes to: the rule, as pure functions (lib/read-replica/
 * read-db.ts applies it in a request). The replica may lag the primary; a viewer who has just
 * written must still see their write, so the primary's WAL position after their write is kept
 * (a cookie) and the replica is used only once it has replayed past that position. Positions
 * are compared exactly, not guessed from a time since the write.
 */

/** The cookie holding the primary's WAL position (pg_lsn text, "16/B374D848") after the viewer's last write. */
export const WROTE_AT_COOKIE = "skilltrail-wrote-at";

/**
 * How long the position is kept. A healthy replica replays within milliseconds; past this a
 * lagging replica could show the writer a page older than their write, so it is set well
 * above any lag one would run a replica with (the replica's lag is a monitoring alarm long before).
 */
export const WROTE_AT_MAX_AGE_SECONDS = 15 * 60;

/** The roles that have aggregate pages (admin tables, a mentor's mentee list): only their writes are tracked. */
export function readsFromReplica(role: Role): boolean {
  return role === "ADMIN" || role === "MENTOR";
}

const LSN = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i;

/** A pg_lsn's text ("16/B374D848": high and low 32 bits in hex) as a number; null for anything else. */
export function parseLsn(text: string | null | undefined): bigint | null {
  const match = text ? LSN.exec(text.trim()) : null;
  if (!match) return null;
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

export type ReadRoute = "primary" | "replica";

export type ReplicaState =
  | { configured: false }
  /** Unreachable (the last probe failed within the back-off): the primary answers meanwhile. */
  | { configured: true; reachable: false }
  /** `replayedAt`: pg_last_wal_replay_lsn() on the replica, null when it is not in recovery. */
  | { configured: true; reachable: true; replayedAt: string | null };

/**
 * The replica when one is configured and reachable, and either the viewer has no write on
 * record (`wroteAt`: the cookie's value, if any) or the replica has replayed past it; the
 * primary otherwise. A cookie that is not a WAL position counts as none: it can only be the
 * viewer's own doing, and decides nothing but which copy of the same data they read.
 * A "replica" not in recovery (promoted, or the primary itself) reports no replay position and
 * cannot prove it has the write, so a writer reads the primary.
 */
export function chooseReadRoute(replica: ReplicaState, wroteAt: string | null | undefined): ReadRoute {
  if (!replica.configured || !replica.reachable) return "primary";
  const wrote = parseLsn(wroteAt);
  if (wrote === null) return "replica";
  const replayed = parseLsn(replica.replayedAt);
  return replayed !== null && replayed >= wrote ? "replica" : "primary";
}

/** After a failed probe, how long the replica is left alone before the next try. */
export const REPLICA_RETRY_MS = 10_000;
