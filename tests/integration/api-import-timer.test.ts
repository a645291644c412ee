import { readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it, beforeAll } from "vitest";
import "../support/action-mocks";

// The API's CSV import (dry run, commit, re-import, all or nothing), the timer (shared with the
// header's), and the OpenAPI document: every route file's method is in it. Every answer is
// checked against the document.

const importRoute = await import("@/app/api/v1/time-entries/import/route");
const timer = await import("@/app/api/v1/timer/route");
const timerStop = await import("@/app/api/v1/timer/stop/route");
const openapi = await import("@/app/api/v1/openapi.json/route");
const { apiRequest, apiToken } = await import("../support/api");
const { send } = await import("../support/api-contract");
const { createEnrolledLearner, seededGuide, testDb } = await import("../support/db");

type Guide = Awaited<ReturnType<typeof seededGuide>>;
let guide: Guide;
beforeAll(async () => {
  guide = await seededGuide();
});

type Json = Record<string, unknown>;
const body = async (response: Response) => (await response.json()) as Json;
const IMPORT = "/api/v1/time-entries/import";
const csvRequest = (token: string, csv: string, query = "", headers: Record<string, string> = {}) =>
  apiRequest(`${IMPORT}${query}`, { token, body: csv, headers: { "Content-Type": "text/csv", ...headers } });

async function learnerWithToken() {
  const learner = await createEnrolledLearner();
  return { learner, token: await apiToken(learner.id) };
}

describe("POST /api/v1/time-entries/import", () => {
  const togglCsv = () =>
    [
      "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags",
      `Ada,ada@example.com,,${guide.phases[0]!.key},,Reading,No,2026-03-02,09:00:00,2026-03-02,10:30:00,01:30:00,`,
      `Ada,ada@example.com,,${guide.phases[0]!.key},,Lab,No,2026-03-03,23:00:00,2026-03-04,01:00:00,02:00:00,`,
    ].join("\n") + "\n";

  it("previews with ?dryRun=1 (format, each row's outcome, total minutes) and writes nothing", async () => {
    const { learner, token } = await learnerWithToken();
    await testDb().importRule.create({
      data: { learnerId: learner.id, field: "PROJECT", pattern: guide.phases[0]!.key, phaseId: guide.phases[0]!.id },
    });
    const response = await send(importRoute.POST, IMPORT, csvRequest(token, togglCsv(), "?dryRun=1"));
    expect(response.status).toBe(200);
    const preview = await body(response);
    expect(preview).toMatchObject({ dryRun: true, format: "toggl", totalMinutes: 210 });
    const rows = preview.rows as Array<{ outcome: string; date: string }>;
    // The midnight-crossing session is split at the learner's midnight.
    expect(rows.map((r) => r.date)).toEqual(["2026-03-02", "2026-03-03", "2026-03-04"]);
    expect(rows.every((r) => r.outcome === "new")).toBe(true);
    expect(await testDb().timeEntry.count({ where: { learnerId: learner.id } })).toBe(0);
  });

  it("imports all or nothing, and the same file twice adds nothing", async () => {
    const { learner, token } = await learnerWithToken();
    const csv = `date,hours,minutes,phase,sub_skill,note\n2026-03-02,1,30,${guide.phases[0]!.key},,API import\n2026-03-03,0,45,${guide.phases[1]!.key},,\n`;
    const first = await send(importRoute.POST, IMPORT, csvRequest(token, csv));
    expect(first.status).toBe(201);
    expect(await body(first)).toEqual({ dryRun: false, imported: 2, duplicates: 0 });
    const again = await send(importRoute.POST, IMPORT, csvRequest(token, csv));
    expect(again.status).toBe(200);
    expect(await body(again)).toEqual({ dryRun: false, imported: 0, duplicates: 2 });
    const broken = `date,hours,minutes,phase\n2026-03-05,1,0,${guide.phases[0]!.key}\n2026-03-06,1,0,no-such-phase\n`;
    const refused = await send(importRoute.POST, IMPORT, csvRequest(token, broken));
    expect(refused.status).toBe(422);
    expect(Object.keys((await body(refused)).errors as Json)).toEqual(["row:3"]);
    const overCap = `date,hours,minutes,phase\n2026-03-02,23,0,${guide.phases[0]!.key}\n`;
    expect((await send(importRoute.POST, IMPORT, csvRequest(token, overCap))).status).toBe(422);
    expect(await testDb().timeEntry.count({ where: { learnerId: learner.id } })).toBe(2);
  });

  it("refuses a body that is not CSV, an empty file, an unreadable one and bad options", async () => {
    const { token } = await learnerWithToken();
    const json = await send(importRoute.POST, IMPORT, apiRequest(IMPORT, { token, json: { csv: "x" } }));
    expect(json.status).toBe(415);
    expect((await send(importRoute.POST, IMPORT, csvRequest(token, "  "))).status).toBe(400);
    const unknown = await send(importRoute.POST, IMPORT, csvRequest(token, "a,b\n1,2\n"));
    expect(unknown.status).toBe(422);
    const preview = await body(await send(importRoute.POST, IMPORT, csvRequest(token, "a,b\n1,2\n", "?dryRun=1")));
    expect(preview.needs).toBe("mapping");
    expect((await send(importRoute.POST, IMPORT, csvRequest(token, "a\n", "?dryRun=maybe"))).status).toBe(400);
  });
});

describe("the timer", () => {
  it("starts, shows, refuses a second start, and stops into entries", async () => {
    const { learner, token } = await learnerWithToken();
    const idle = await body(await send(timer.GET, "/api/v1/timer", apiRequest("/api/v1/timer", { token })));
    expect(idle).toMatchObject({ running: false });
    const start = await send(
      timer.POST,
      "/api/v1/timer",
      apiRequest("/api/v1/timer", { token, json: { phase: 1, note: "Serving" } }),
    );
    expect(start.status).toBe(201);
    expect(await body(start)).toMatchObject({ running: true, phase: 1, note: "Serving" });
    const twice = await send(timer.POST, "/api/v1/timer", apiRequest("/api/v1/timer", { token, json: {} }));
    expect(twice.status).toBe(409);
    // Started 50 minutes ago, as if a tab had started it then.
    await testDb().runningTimer.update({
      where: { learnerId: learner.id },
      data: { startedAt: new Date(Date.now() - 50 * 60_000) },
    });
    const shown = await body(await send(timer.GET, "/api/v1/timer", apiRequest("/api/v1/timer", { token })));
    expect(shown.elapsedMinutes).toBe(50);
    const badStop = await send(
      timerStop.POST,
      "/api/v1/timer/stop",
      apiRequest("/api/v1/timer/stop", { token, json: { minutes: 90 } }),
    );
    expect(badStop.status).toBe(422);
    expect(Object.keys((await body(badStop)).errors as Json)).toEqual(["minutes"]);
    const stop = await send(
      timerStop.POST,
      "/api/v1/timer/stop",
      apiRequest("/api/v1/timer/stop", { token, method: "POST" }),
    );
    expect(stop.status).toBe(201);
    const { entries } = (await body(stop)) as { entries: Array<{ minutes: number }> };
    expect(entries.reduce((sum, e) => sum + e.minutes, 0)).toBe(50);
    expect(await testDb().timeEntry.count({ where: { learnerId: learner.id } })).toBe(entries.length);
    const none = await send(
      timerStop.POST,
      "/api/v1/timer/stop",
      apiRequest("/api/v1/timer/stop", { token, method: "POST" }),
    );
    expect(none.status).toBe(409);
  });
});

describe("the OpenAPI document", () => {
  const root = resolve(import.meta.dirname, "../..");
  const routeFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? routeFiles(join(dir, e.name)) : e.name === "route.ts" ? [join(dir, e.name)] : [],
    );

  it("is an OpenAPI 3.1 document listing every method of every app/api/v1 route file, and nothing else", async () => {
    const response = await send(
      openapi.GET,
      "/api/v1/openapi.json",
      new Request("http://localhost/api/v1/openapi.json"),
    );
    const doc = (await response.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe("3.1.0");
    const inCode: string[] = [];
    for (const file of routeFiles(join(root, "app/api/v1"))) {
      const path = `/${relative(join(root, "app"), file)}`.replace(/\/route\.ts$/, "").replace(/\[(\w+)\]/g, "{$1}");
      const handlers = (await import(file)) as Record<string, unknown>;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"])
        if (handlers[method]) inCode.push(`${method} ${path}`);
    }
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(inCode.length).toBeGreaterThanOrEqual(12);
    expect(documented.sort()).toEqual(inCode.sort());
  });
});
