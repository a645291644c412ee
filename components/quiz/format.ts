/**
 * Dates on the quiz and self-assessment pages, in the learner's own time zone (en-GB like the
 * rest of the app: "3 Mar 2026, 14:05"). Formatted on the server, so no hydration mismatch.
 */
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withTime}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone, day: "numeric", month: "short", year: "numeric", ...(withTime ? { hour: "2-digit", minute: "2-digit" } : {}),
    });
    cache.set(key, format);
  }
  return format;
}

export const formatDateTime = (date: Date, timeZone: string): string => formatter(timeZone, true).format(date);
export const formatDate = (date: Date, timeZone: string): string => formatter(timeZone, false).format(date);
