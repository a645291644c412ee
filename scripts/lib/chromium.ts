/**
 * How the project runs Debian's Chromium (platform notes): where it is, and the flags that keep
 * it from calling home on a closed network. Shared by Playwright (playwright.config.ts) and the
 * bench's Lighthouse (scripts/bench/lighthouse.ts), so both browsers behave alike.
 */
export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
] as const;
