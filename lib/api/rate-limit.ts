/**
 * The API's rate limit, per token: at most RATE_LIMIT_PER_MINUTE requests in each fixed
 * one-minute window. The count is kept on the token's row and bumped by one UPDATE per request
 * (lib/api/auth.ts), so it holds across several app instances and restarts. Pure.
 */
export const RATE_LIMIT_PER_MINUTE = 120;
const WINDOW_MS = 60_000;

/** The start of the window `now` falls in. */
export function rateWindowStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS);
}

/** Whole seconds until the window ends (at least 1): the Retry-After of a refused request. */
export function retryAfterSeconds(now: Date): number {
  const end = rateWindowStart(now).getTime() + WINDOW_MS;
  return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}

export const isOverLimit = (countInWindow: number) => countInWindow > RATE_LIMIT_PER_MINUTE;
