import { describe, expect, it, beforeAll } from "vitest";
import "../support/action-mocks";

// The API's time entries: create (minutes or a duration, phase by number, sub-skill by key),
// bad input as problem+json with field errors, Idempotency-Key, the daily cap, cursor
// pagination and filters, PATCH and DELETE; and GET /progress. Answers are checked against
// the OpenAPI document.

const entries = await import("@/app/api/v1/time-entries/route");
const entry = await import("@/app/api/v1/time-entries/[id]/route");
const progress = await import("@/app/api/v1/progress/route");
const { apiRequest, apiToken } = await import("../support/api");
const { send } = await import("../support/api-contract");
const { createEnrolledLearner, seededGuide, testDb } = await import("../support/db");
const { createFixtureGuide } = await import("../support/curriculum");
const { enrollLearner } = await import("@/lib/guides/enrollment");

type Guide = Awaited<ReturnType<typeof seededGuide>>;
let guide: Guide;
beforeAll(async () => {
  guide = await seededGuide();
});

const LIST = "/api/v1/time-entries";
const ONE = "/api/v1/time-entries/{id}";
type Json = Record<string, unknown>;
const body = async (response: Response) => (await response.json()) as Json;

async function learnerWithToken() {
  const learner = await createEnrolledLearner();
  return { learner, token: await apiToken(learner.id) };
}
const create = (token: string, json: unknown, headers: Record<string, string> = {}) =>
  send(entries.POST, LIST, apiRequest(LIST, { token, json, headers }));
const count = (learnerId: string) => testDb().timeEntry.count({ where: { learnerId } });

describe("POST /api/v1/time-entries", () => {
  it("logs minutes or a typed duration on a phase by number and a sub-skill by key", async () => {
    const { learner, token } = await learnerWithToken();
    const subSkill = guide.subSkills[0]!;
    const first = await create(token, {
      date: "2026-03-02",
      minutes: 90,
      phase: 2,
      subSkill: subSkill.key,
      note: "Read",
    });
    expect(first.status).toBe(201);
    expect(await body(first)).toMatchObject({
      date: "2026-03-02",
      minutes: 90,
      phase: 2,
      phaseKey: guide.phases[1]!.key,
      subSkill: subSkill.key,
      note: "Read",
      guide: guide.slug,
    });
    const second = await create(token, { date: "2026-03-03", duration: "1h 15m", phase: 1, guide: guide.slug });
    expect((await body(second)).minutes).toBe(75);
    const rows = await testDb().timeEntry.findMany({ where: { learnerId: learner.id }, orderBy: { date: "asc" } });
    expect(rows.map((r) => [r.phaseId, r.minutes])).toEqual([
      [guide.phases[1]!.id, 90],
      [guide.phases[0]!.id, 75],
    ]);
  });

  it("logs on another guide the learner is enrolled in, named by its slug; a guide they are not in is refused", async () => {
    const { learner, token } = await learnerWithToken();
    const second = await createFixtureGuide();
    const outsider = await create(token, { date: "2026-03-02", minutes: 30, phase: 1, guide: second.slug });
    expect(outsider.status).toBe(422);
    expect(await count(learner.id)).toBe(0);

    // Enrolled (the default guide stays active): the entry lands on the named guide's phase.
    await enrollLearner(testDb(), learner.id, { guideId: second.id });
    const logged = await create(token, {
      date: "2026-03-02",
      minutes: 30,
      phase: 2,
      subSkill: second.subSkills[0]!.key,
      guide: second.slug,
    });
    expect(logged.status).toBe(201);
    expect(await body(logged)).toMatchObject({ phase: 2, guide: second.slug, minutes: 30 });
    const [row] = await testDb().timeEntry.findMany({ where: { learnerId: learner.id } });
    expect(row).toMatchObject({ phaseId: second.phases[1]!.id, subSkillId: second.subSkills[0]!.id });

    // Edited, it stays on its own guide: phase numbers name that guide's phases.
    const id = row!.id;
    const patched = await send(
      entry.PATCH,
      ONE,
      apiRequest(`${LIST}/${id}`, { token, method: "PATCH", json: { phase: 1, minutes: 45 } }),
      { id },
    );
    expect(patched.status).toBe(200);
    expect(await body(patched)).toMatchObject({ id, phase: 1, minutes: 45, guide: second.slug });
    expect(await testDb().timeEntry.findUniqueOrThrow({ where: { id } })).toMatchObject({
      phaseId: second.phases[0]!.id,
    });

    // Listed beside an entry of the first guide, each carries its number in its own guide.
    expect((await create(token, { date: "2026-03-01", minutes: 20, phase: 3, guide: guide.slug })).status).toBe(201);
    const listed = (await body(await send(entries.GET, LIST, apiRequest(LIST, { token })))) as {
      data: Array<{ guide: string; phase: number | null }>;
    };
    expect(listed.data.map((e) => [e.guide, e.phase])).toEqual([
      [second.slug, 1],
      [guide.slug, 3],
    ]);
  });

  it("answers bad input with problem+json and a message at each field, writing nothing", async () => {
    const { learner, token } = await learnerWithToken();
    const response = await create(token, { date: "2026-02-30", minutes: 0, phase: "one", color: "red" });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = await body(response);
    expect(problem).toMatchObject({ status: 400, title: "Bad request" });
    const errors = problem.errors as Record<string, string[]>;
    expect(Object.keys(errors).sort()).toEqual(["color", "date", "minutes", "phase"]);
    expect(errors.date![0]).toMatch(/real date/);
    for (const [json, field] of [
      [{ date: "2026-03-02", phase: 1 }, "minutes"],
      [{ date: "2026-03-02", minutes: 5, duration: "5m", phase: 1 }, "duration"],
      [{ date: "2026-03-02", duration: "soon", phase: 1 }, "duration"],
      [{ date: "2026-03-02", minutes: 5, phase: 99 }, "phase"],
      [{ date: "2026-03-02", minutes: 5, phase: 1, subSkill: "no-such-skill" }, "subSkill"],
      [{ date: "2026-03-02", minutes: 5, phase: 1, guide: "no-such-guide" }, "guide"],
      [{ date: "2999-01-01", minutes: 5, phase: 1 }, "date"],
    ] as const) {
      const refused = await create(token, json);
      expect([400, 422], JSON.stringify(json)).toContain(refused.status);
      expect(Object.keys((await body(refused)).errors as Json), JSON.stringify(json)).toContain(field);
    }
    const notJson = await send(
      entries.POST,
      LIST,
      apiRequest(LIST, { token, body: "date=2026-03-02", headers: { "Content-Type": "text/plain" } }),
    );
    expect(notJson.status).toBe(415);
    const malformed = await send(
      entries.POST,
      LIST,
      apiRequest(LIST, { token, body: "{", headers: { "Content-Type": "application/json" } }),
    );
    expect(malformed.status).toBe(400);
    expect(await count(learner.id)).toBe(0);
  });

  it("applies the daily cap: over 24 hours on a day is a 422 at the minutes", async () => {
    const { learner, token } = await learnerWithToken();
    expect((await create(token, { date: "2026-03-04", minutes: 1400, phase: 1 })).status).toBe(201);
    const over = await create(token, { date: "2026-03-04", minutes: 60, phase: 1 });
    expect(over.status).toBe(422);
    expect(((await body(over)).errors as Record<string, string[]>).minutes![0]).toMatch(/24/);
    const overByDuration = await create(token, { date: "2026-03-04", duration: "1h", phase: 1 });
    expect(Object.keys((await body(overByDuration)).errors as Json)).toEqual(["duration"]);
    expect(await count(learner.id)).toBe(1);
  });

  it("makes one row for the same Idempotency-Key twice, with the same answer; another body is a 422", async () => {
    const { learner, token } = await learnerWithToken();
    const headers = { "Idempotency-Key": "8c0b7a42-log-once" };
    const json = { date: "2026-03-05", minutes: 30, phase: 1 };
    const first = await create(token, json, headers);
    const again = await create(token, json, headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await body(again)).toEqual(await body(first));
    expect(await count(learner.id)).toBe(1);
    const other = await create(token, { ...json, minutes: 31 }, headers);
    expect(other.status).toBe(422);
    expect(Object.keys((await body(other)).errors as Json)).toEqual(["Idempotency-Key"]);
    // Keys are per user: another learner's same key is theirs.
    const second = await learnerWithToken();
    expect((await create(second.token, json, headers)).status).toBe(201);
    // Concurrent twins: one row.
    const racing = { "Idempotency-Key": "race-1" };
    const answers = await Promise.all([create(token, json, racing), create(token, json, racing)]);
    expect(answers.map((a) => a.status).sort()).toEqual(expect.arrayContaining([201]));
    expect(await count(learner.id)).toBe(2);
    const bad = await create(token, json, { "Idempotency-Key": "has spaces" });
    expect(bad.status).toBe(400);
  });

  it("deletes a user's expired keys at their next claim, and only theirs", async () => {
    const { learner, token } = await learnerWithToken();
    const other = await learnerWithToken();
    const past = new Date(Date.now() - 60_000);
    const key = (userId: string, name: string, expiresAt: Date) => ({
      userId,
      key: name,
      requestHash: "x",
      status: 201,
      expiresAt,
    });
    await testDb().apiIdempotencyKey.createMany({
      data: [
        key(learner.id, "old-1", past),
        key(learner.id, "old-2", past),
        key(learner.id, "live", new Date(Date.now() + 3_600_000)),
        key(other.learner.id, "old-1", past),
      ],
    });
    const json = { date: "2026-03-06", minutes: 15, phase: 1 };
    expect((await create(token, json, { "Idempotency-Key": "new-1" })).status).toBe(201);
    const keys = await testDb().apiIdempotencyKey.findMany({
      where: { userId: { in: [learner.id, other.learner.id] } },
      select: { userId: true, key: true },
      orderBy: [{ userId: "asc" }, { key: "asc" }],
    });
    expect(keys.filter((k) => k.userId === learner.id).map((k) => k.key)).toEqual(["live", "new-1"]);
    expect(keys.filter((k) => k.userId === other.learner.id).map((k) => k.key)).toEqual(["old-1"]);
  });
});

describe("GET /api/v1/time-entries", () => {
  it("pages with a cursor, newest first, never repeating or skipping, and filters", async () => {
    const { learner, token } = await learnerWithToken();
    const days = ["2026-02-01", "2026-02-02", "2026-02-02", "2026-02-03", "2026-02-04"];
    for (const [i, date] of days.entries())
      await testDb().timeEntry.create({
        data: {
          learnerId: learner.id,
          phaseId: guide.phases[i % 2]!.id,
          date: new Date(`${date}T00:00:00Z`),
          minutes: 10 + i,
        },
      });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const path: string = `${LIST}?limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const page = await body(await send(entries.GET, LIST, apiRequest(path, { token })));
      seen.push(...(page.data as Array<{ id: string; date: string }>).map((e) => `${e.date}/${e.id}`));
      cursor = page.nextCursor as string | null;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect(
      [...seen]
        .sort()
        .reverse()
        .map((s) => s.slice(0, 10)),
    ).toEqual(seen.map((s) => s.slice(0, 10)));

    const filtered = await body(
      await send(entries.GET, LIST, apiRequest(`${LIST}?from=2026-02-02&to=2026-02-03&phase=2`, { token })),
    );
    expect((filtered.data as Json[]).map((e) => [e.date, e.phase])).toEqual([
      ["2026-02-03", 2],
      ["2026-02-02", 2],
    ]);
    for (const query of ["limit=0", "limit=1000", "from=yesterday", "cursor=not-a-cursor", "phase=x"]) {
      const refused = await send(entries.GET, LIST, apiRequest(`${LIST}?${query}`, { token }));
      expect(refused.status, query).toBe(400);
    }
  });
});

describe("PATCH and DELETE /api/v1/time-entries/{id}", () => {
  it("changes only the fields sent, keeps the cap, and deletes", async () => {
    const { learner, token } = await learnerWithToken();
    const created = await body(await create(token, { date: "2026-03-06", minutes: 60, phase: 1, note: "Keep me" }));
    const id = created.id as string;
    const path = `${LIST}/${id}`;
    const patched = await send(
      entry.PATCH,
      ONE,
      apiRequest(path, { token, method: "PATCH", json: { duration: "2h", phase: 2 } }),
      { id },
    );
    expect(patched.status).toBe(200);
    expect(await body(patched)).toMatchObject({ id, minutes: 120, phase: 2, note: "Keep me", date: "2026-03-06" });
    const capped = await send(entry.PATCH, ONE, apiRequest(path, { token, method: "PATCH", json: { minutes: 1441 } }), {
      id,
    });
    expect(capped.status).toBe(400);
    const bad = await send(entry.PATCH, ONE, apiRequest(path, { token, method: "PATCH", json: { date: 5 } }), { id });
    expect(Object.keys((await body(bad)).errors as Json)).toEqual(["date"]);
    const removed = await send(entry.DELETE, ONE, apiRequest(path, { token, method: "DELETE" }), { id });
    expect(removed.status).toBe(204);
    const gone = await send(entry.DELETE, ONE, apiRequest(path, { token, method: "DELETE" }), { id });
    expect(gone.status).toBe(404);
    expect(await count(learner.id)).toBe(0);
  });
});

describe("GET /api/v1/progress", () => {
  it("answers the dashboard's figures for the logged hours", async () => {
    const { token } = await learnerWithToken();
    await create(token, { date: "2026-03-02", minutes: 120, phase: 1, subSkill: guide.subSkills[0]!.key });
    const response = await send(progress.GET, "/api/v1/progress", apiRequest("/api/v1/progress", { token }));
    expect(response.status).toBe(200);
    const figures = await body(response);
    expect(figures.total).toMatchObject({ loggedMinutes: 120 });
    const phases = figures.phases as Array<{ number: number; loggedMinutes: number }>;
    expect(phases[0]).toMatchObject({ number: 1, loggedMinutes: 120 });
    const subSkills = figures.subSkills as Array<{ key: string; loggedMinutes: number }>;
    expect(subSkills.find((s) => s.key === guide.subSkills[0]!.key)?.loggedMinutes).toBe(120);
    expect((figures.level as { missing: unknown[] }).missing.length).toBeGreaterThan(0);
  });
});
