import type { Page } from "@playwright/test";
import pg from "pg";

/** A server action posts to the page's own URL; wait for its answer before reading the result. */
export const actionDone = (page: Page) =>
  page.waitForResponse((r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined);

/** How far the page scrolls sideways (0 or less: it fits the viewport). */
export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Collects the Content-Security-Policy violations the page reports, to assert there are none. */
export function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/**
 * A direct connection to the app's database (DATABASE_URL is the test database `npm test`
 * migrated and seeded), for the few things a spec sets up or puts back without a screen.
 */
export async function withDb<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
