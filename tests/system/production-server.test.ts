/**
 * The production build served by `next start` on a fresh database: the demo learner signs in
 * through the real credentials flow and gets their own dashboard; without the cookie the same
 * page sends them to sign-in. The baseline the other system tests build on.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts, DEMO_PASSWORD } from "@/lib/account/demo-seed";
import { COMPILE_HINT, startupChunks } from "@/lib/build/compile-hints";
import { freshDatabase, type FreshDatabase } from "./support/databases";
import { getPage, signIn } from "./support/http";
import { expectInlinedStylesAllowed } from "./support/inline-styles";
import { startApp, systemPort, type AppServer } from "./support/servers";

let database: FreshDatabase;
let server: AppServer;

beforeAll(async () => {
  database = await freshDatabase("skilltrail_system_production");
  server = await startApp({ port: systemPort(0), env: { DATABASE_URL: database.url } });
});

afterAll(async () => {
  await server?.stop();
  await database?.drop();
});

describe("the production server on a fresh database", () => {
  it("signs the demo learner in and shows their own dashboard", async () => {
    const session = await signIn(server.baseUrl, demoAccounts.learner.email, DEMO_PASSWORD);
    const page = await getPage(server.baseUrl, "/dashboard", session);
    expect(page.status).toBe(200);
    expect(page.body).toContain(demoAccounts.learner.name);
  });

  it("serves the stylesheet so the CSP allows it (a <link>, or inlined with the CSP's hash of it)", async () => {
    await expectInlinedStylesAllowed(server.baseUrl, "/sign-in");
    await expectInlinedStylesAllowed(server.baseUrl, "/");
  });

  it("serves the start-up chunks with V8's compile hint, and the page's own chunks as built", async () => {
    const html = await (await fetch(`${server.baseUrl}/sign-in`)).text();
    const scripts = [...html.matchAll(/<script src="\/_next\/([^"]+\.js)"/g)].map(([, file]) => file!);
    const startup = await startupChunks(process.env.NEXT_DIST_DIR || ".next");
    expect(startup.length, "the build manifest lists start-up chunks").toBeGreaterThan(0);
    expect(scripts, "every start-up chunk is on the page").toEqual(expect.arrayContaining(startup));
    for (const file of scripts) {
      const source = await (await fetch(`${server.baseUrl}/_next/${file}`)).text();
      expect(source.startsWith(COMPILE_HINT), `${file} starts with the hint`).toBe(startup.includes(file));
    }
  });

  it("sends a visitor without a session to sign-in", async () => {
    const page = await getPage(server.baseUrl, "/dashboard");
    expect(page.status).toBe(307);
    expect(page.location).toContain("/sign-in");
  });
});
