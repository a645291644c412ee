/**
 * Dates on the deliverable page, in the reader's time zone: "12 Mar 2026, 14:05".
 * (lib/reviews/deadlines.ts has the same formatter for the reviewer side; one could move to
 * lib/tracking/calendar.ts once both land.)
 */
export function formatDateTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone, day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit",
  }).format(date);
}
