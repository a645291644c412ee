/**
 * V8 flags of the production server wherever it runs: the Docker image (scripts/docker/start.sh),
 * `npm start`, the bench (scripts/bench/server.ts) and the end-to-end and system tests'
 * `next start`; tests/unit/server-runtime.test.ts checks that start.sh and `npm start` carry them.
 *
 * --max-semi-space-size=64 (MiB; Node 20's default is 16): a page render allocates a few MiB,
 * and with ten requests in flight that is more than a 16 MiB young generation holds, so objects
 * of requests still running survive two scavenges and are promoted to the old generation, which
 * then fills and is marked and compacted every few seconds. Each such major collection, with its
 * concurrent marking competing for the machine's cores, stalls every request in flight: in the
 * bench those stalls were the slowest 1 % (issue 15, target 4, docs/performance.md). With 64 MiB
 * the requests' objects die young: half the major collections, and less CPU per request.
 *
 * The price is memory: a young generation of up to 3 × 64 MiB, and a higher high-water mark
 * under the heaviest pages (docs/performance.md, session 5). The flags come first in NODE_OPTIONS
 * everywhere, so a deployment short of memory sets NODE_OPTIONS=--max-semi-space-size=16 and wins.
 */
export const SERVER_V8_FLAGS = ["--max-semi-space-size=64"] as const;

/** NODE_OPTIONS for a server process: the flags above before whatever the environment already sets. */
export function serverNodeOptions(existing: string | undefined = process.env.NODE_OPTIONS): string {
  return [...SERVER_V8_FLAGS, existing?.trim()].filter(Boolean).join(" ");
}
