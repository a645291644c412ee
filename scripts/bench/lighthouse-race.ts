/**
 * Two facts of a Lighthouse run that explain its simulated LCP (docs/performance.md, "Where the
 * two seconds go"), printed beside the figures because neither moves with the machine's load:
 *
 * - **The document's first round trip.** Lantern opens each connection with TCP's initial window
 *   of 10 segments of 1,460 bytes; a document larger than that (headers included) costs one more
 *   150 ms round trip before the page can paint, in the simulation as on a real slow network.
 * - **The paint race.** Lantern counts in LCP every script that finished downloading before the
 *   observed paint. On this host the framework's scripts (about 135 KiB) usually finish first,
 *   and their simulated slow-4G download then decides LCP; when the paint wins, they do not count.
 */
import type { Result } from "lighthouse";

/** TCP's initial congestion window as Lantern models it (10 × 1,460 bytes). */
export const FIRST_ROUND_TRIP_BYTES = 14_600;

export type PaintRace = {
  /** The document's transfer size, headers included. */
  documentBytes: number;
  /** Scripts that had finished downloading when the largest paint was observed, of all loaded. */
  scriptsBeforePaint: number;
  scripts: number;
};

type RequestItem = { resourceType?: string; transferSize?: number; networkEndTime?: number };

export function paintRaceOf(lhr: Result): PaintRace {
  const details = lhr.audits["network-requests"]?.details;
  const requests = details && "items" in details ? (details.items as RequestItem[]) : [];
  const metrics = lhr.audits.metrics?.details;
  const observed =
    metrics && "items" in metrics ? (metrics.items[0] as { observedLargestContentfulPaint?: number }) : {};
  const paintAt = observed.observedLargestContentfulPaint ?? Number.POSITIVE_INFINITY;
  const scripts = requests.filter((r) => r.resourceType === "Script");
  return {
    documentBytes: requests.find((r) => r.resourceType === "Document")?.transferSize ?? 0,
    scriptsBeforePaint: scripts.filter((r) => (r.networkEndTime ?? Number.POSITIVE_INFINITY) <= paintAt).length,
    scripts: scripts.length,
  };
}

export function describePaintRace(race: PaintRace): string {
  const roundTrip =
    race.documentBytes <= FIRST_ROUND_TRIP_BYTES
      ? "fits the first round trip"
      : `${((race.documentBytes - FIRST_ROUND_TRIP_BYTES) / 1024).toFixed(1)} KiB over the first round trip`;
  return `document ${roundTrip}; scripts done before the paint ${race.scriptsBeforePaint}/${race.scripts}`;
}
