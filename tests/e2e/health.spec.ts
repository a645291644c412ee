import { expect, test } from "@playwright/test";

test("/api/health reports the app and the database up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(await response.json()).toMatchObject({ status: "ok", app: "up", database: "up" });
});
