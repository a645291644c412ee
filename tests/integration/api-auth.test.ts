import { describe, expect, it, beforeAll, beforeEach } from "vitest";
import { signInAs } from "../support/action-mocks";

// Who the public API lets in: bearer tokens (missing, unknown, revoked, expired, read-only,
// another learner's, a deactivated account, after a password change), the rate limit, and
// POST /api/v1/tokens from a signed-in browser session (same-origin only). Every answer is
// checked against the OpenAPI document (tests/support/api-contract.ts).

const me = await import("@/app/api/v1/me/route");
const entries = await import("@/app/api/v1/time-entries/route");
const entry = await import("@/app/api/v1/time-entries/[id]/route");
const tokens = await import("@/app/api/v1/tokens/route");
const { changePassword } = await import("@/lib/account/mutations");
const { setUserActive } = await import("@/lib/users/mutations");
const { RATE_LIMIT_PER_MINUTE, rateWindowStart } = await import("@/lib/api/rate-limit");
const { hashTokenSecret } = await import("@/lib/api/token-secret");
const { apiRequest, apiToken } = await import("../support/api");
const { send } = await import("../support/api-contract");
const { createEnrolledLearner, createTestUser, seededGuide, testDb } = await import("../support/db");
const { createUserWithPassword, TEST_PASSWORD } = await import("../support/auth");
const { enrollLearner } = await import("@/lib/guides/enrollment");

type Guide = Awaited<ReturnType<typeof seededGuide>>;
let guide: Guide;
beforeAll(async () => {
  guide = await seededGuide();
});
beforeEach(() => {
  signInAs(null);
});

const getMe = (token: string | null, headers: Record<string, string> = {}) =>
  send(me.GET, "/api/v1/me", apiRequest("/api/v1/me", { token, headers }));
const body = async (response: Response) => (await response.json()) as Record<string, unknown>;
const NEW_ENTRY = { date: "2026-03-02", minutes: 45, phase: 1 };

describe("bearer tokens", () => {
  it("answers the token's learner", async () => {
    const learner = await createEnrolledLearner();
    const response = await getMe(await apiToken(learner.id));
    expect(response.status).toBe(200);
    expect(await body(response)).toMatchObject({ id: learner.id, email: learner.email, guide: { slug: guide.slug } });
  });

  it("refuses no token, a malformed one and an unknown one with 401 problems and a challenge", async () => {
    for (const [token, headers] of [
      [null, {}],
      [null, { Authorization: "Basic YTpi" }],
      ["skt_not-a-real-token", {}],
    ] as const) {
      const response = await getMe(token, headers);
      expect(response.status).toBe(401);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(await body(response)).toMatchObject({ status: 401, title: "Unauthorized" });
    }
  });

  it("refuses a revoked token and an expired token", async () => {
    const learner = await createEnrolledLearner();
    const revoked = await getMe(await apiToken(learner.id, { revokedAt: new Date() }));
    expect(revoked.status).toBe(401);
    expect((await body(revoked)).detail).toMatch(/revoked/);
    const expired = await getMe(await apiToken(learner.id, { expiresAt: new Date(Date.now() - 1000) }));
    expect(expired.status).toBe(401);
    expect((await body(expired)).detail).toMatch(/expired/);
  });

  it("refuses a read-only token writing (403), and lets it read", async () => {
    const learner = await createEnrolledLearner();
    const token = await apiToken(learner.id, { scope: "READ" });
    expect((await getMe(token)).status).toBe(200);
    const write = await send(
      entries.POST,
      "/api/v1/time-entries",
      apiRequest("/api/v1/time-entries", { token, json: NEW_ENTRY }),
    );
    expect(write.status).toBe(403);
    expect(await testDb().timeEntry.count({ where: { learnerId: learner.id } })).toBe(0);
  });

  it("never reaches another learner's entries: their ids are 404 for every method", async () => {
    const owner = await createEnrolledLearner();
    const other = await createEnrolledLearner();
    const mine = await testDb().timeEntry.create({
      data: { learnerId: owner.id, phaseId: guide.phases[0]!.id, date: new Date("2026-03-02T00:00:00Z"), minutes: 30 },
    });
    const token = await apiToken(other.id);
    const path = `/api/v1/time-entries/${mine.id}`;
    const patch = await send(
      entry.PATCH,
      "/api/v1/time-entries/{id}",
      apiRequest(path, { token, method: "PATCH", json: { minutes: 5 } }),
      { id: mine.id },
    );
    const remove = await send(
      entry.DELETE,
      "/api/v1/time-entries/{id}",
      apiRequest(path, { token, method: "DELETE" }),
      { id: mine.id },
    );
    expect([patch.status, remove.status]).toEqual([404, 404]);
    const list = await send(entries.GET, "/api/v1/time-entries", apiRequest("/api/v1/time-entries", { token }));
    expect((await body(list)).data).toEqual([]);
    expect(await testDb().timeEntry.findUnique({ where: { id: mine.id }, select: { minutes: true } })).toEqual({
      minutes: 30,
    });
  });

  it("refuses the token of a deactivated account, and of a mentor (the API is a learner's own records)", async () => {
    const admin = await createTestUser("ADMIN");
    const learner = await createEnrolledLearner();
    const token = await apiToken(learner.id);
    await setUserActive({ id: admin.id, email: admin.email }, learner.id, false);
    expect((await getMe(token)).status).toBe(401);
    const mentor = await createTestUser("MENTOR");
    expect((await getMe(await apiToken(mentor.id))).status).toBe(403);
  });

  it("revokes every token of the account when its password changes", async () => {
    const user = await createUserWithPassword("LEARNER");
    await enrollLearner(testDb(), user.id, { guideId: guide.id });
    const token = await apiToken(user.id);
    expect((await getMe(token)).status).toBe(200);
    const newPassword = "a different horse staple battery";
    await changePassword(user.id, { currentPassword: TEST_PASSWORD, newPassword, confirmPassword: newPassword }, null);
    const after = await getMe(token);
    expect(after.status).toBe(401);
    expect((await body(after)).detail).toMatch(/revoked/);
  });

  it("deletes the tokens with the account", async () => {
    const learner = await createEnrolledLearner();
    const token = await apiToken(learner.id);
    await testDb().user.delete({ where: { id: learner.id } });
    expect(await testDb().apiToken.count({ where: { tokenHash: hashTokenSecret(token) } })).toBe(0);
  });
});

describe("rate limit", () => {
  it("answers 429 with Retry-After past the limit in the window, counted in the database", async () => {
    const learner = await createEnrolledLearner();
    const token = await apiToken(learner.id);
    expect((await getMe(token)).status).toBe(200);
    const row = await testDb().apiToken.findUniqueOrThrow({ where: { tokenHash: hashTokenSecret(token) } });
    expect(row.rateCount).toBe(1);
    expect(row.lastUsedAt).not.toBeNull();
    // As if another app instance had served the rest of the minute's budget.
    await testDb().apiToken.update({
      where: { id: row.id },
      data: { rateCount: RATE_LIMIT_PER_MINUTE, rateWindowStart: rateWindowStart(new Date()) },
    });
    const limited = await getMe(token);
    // The window may have turned over between the two statements: then the count starts again.
    if (limited.status === 200) return;
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    // Another learner's token has its own budget.
    const other = await createEnrolledLearner();
    expect((await getMe(await apiToken(other.id))).status).toBe(200);
  });

  it("counts concurrent requests exactly (one UPDATE per request, no lost increments)", async () => {
    const learner = await createEnrolledLearner();
    const token = await apiToken(learner.id);
    const window = rateWindowStart(new Date());
    await Promise.all(Array.from({ length: 8 }, () => getMe(token)));
    const row = await testDb().apiToken.findUniqueOrThrow({ where: { tokenHash: hashTokenSecret(token) } });
    if (row.rateWindowStart?.getTime() === window.getTime()) expect(row.rateCount).toBe(8);
  });
});

describe("POST /api/v1/tokens (a signed-in browser session)", () => {
  const post = (
    json: unknown,
    headers: Record<string, string> = { Origin: "http://localhost", "Sec-Fetch-Site": "same-origin" },
  ) => send(tokens.POST, "/api/v1/tokens", apiRequest("/api/v1/tokens", { json, headers }));

  it("creates a token shown once, stored hashed, that opens the API", async () => {
    const learner = signInAs(await createEnrolledLearner());
    const response = await post({ name: "CLI", scope: "READ", expiresInDays: 30 });
    expect(response.status).toBe(201);
    const created = await body(response);
    expect(created).toMatchObject({ name: "CLI", scope: "READ" });
    const secret = created.token as string;
    expect(secret).toMatch(/^skt_/);
    const row = await testDb().apiToken.findFirstOrThrow({ where: { userId: learner.id } });
    expect(row.tokenHash).toBe(hashTokenSecret(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
    expect((await getMe(secret)).status).toBe(200);
  });

  it("refuses cross-site and header-less requests, guests, and non-learners", async () => {
    signInAs(await createEnrolledLearner());
    const valid = { name: "x", scope: "READ" };
    expect((await post(valid, { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" })).status).toBe(403);
    expect((await post(valid, { Origin: "http://localhost", "Sec-Fetch-Site": "cross-site" })).status).toBe(403);
    expect((await post(valid, {})).status).toBe(403);
    signInAs(null);
    expect((await post(valid)).status).toBe(401);
    signInAs(await createTestUser("MENTOR"));
    expect((await post(valid)).status).toBe(403);
  });

  it("answers bad input with field errors", async () => {
    signInAs(await createEnrolledLearner());
    const response = await post({ name: "", scope: "ADMIN", expiresInDays: 12, extra: 1 });
    expect(response.status).toBe(400);
    const { errors } = (await body(response)) as { errors: Record<string, string[]> };
    expect(Object.keys(errors).sort()).toEqual(["expiresInDays", "extra", "name", "scope"]);
  });

  it("does not replay a token's secret for a repeated Idempotency-Key: one token, then a 409", async () => {
    const learner = signInAs(await createEnrolledLearner());
    const headers = { Origin: "http://localhost", "Sec-Fetch-Site": "same-origin", "Idempotency-Key": "token-key-1" };
    expect((await post({ name: "Once", scope: "READ" }, headers)).status).toBe(201);
    expect((await post({ name: "Once", scope: "READ" }, headers)).status).toBe(409);
    expect(await testDb().apiToken.count({ where: { userId: learner.id } })).toBe(1);
    const stored = await testDb().apiIdempotencyKey.findFirstOrThrow({ where: { userId: learner.id } });
    expect(stored.body).toBeNull();
  });
});
