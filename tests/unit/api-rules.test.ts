import { describe, expect, it } from "vitest";
import { createEntrySchema, createTokenSchema, updateEntrySchema } from "@/lib/api/schema";
import { isOverLimit, RATE_LIMIT_PER_MINUTE, rateWindowStart, retryAfterSeconds } from "@/lib/api/rate-limit";
import { isSameOriginRequest } from "@/lib/api/same-origin";
import { bearerToken, generateTokenSecret, hashTokenSecret, tokenPrefix } from "@/lib/api/token-secret";
import { problemBody } from "@/lib/api/problem";

// The public API's pure rules: token secrets, the bearer header, the rate limit's window,
// same-origin for POST /tokens, the problem document, and the input schemas' shapes.

describe("token secrets", () => {
  it("are random, marked, hashed with SHA-256 and shown by their prefix", () => {
    const a = generateTokenSecret();
    const b = generateTokenSecret();
    expect(a).toMatch(/^skt_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(hashTokenSecret(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashTokenSecret(a)).toBe(hashTokenSecret(a));
    expect(tokenPrefix(a)).toBe(a.slice(0, 12));
  });

  it("reads only a well-formed bearer header", () => {
    expect(bearerToken("Bearer skt_abc")).toBe("skt_abc");
    expect(bearerToken("bearer  skt_abc ")).toBe("skt_abc");
    for (const header of [
      null,
      "",
      "Bearer ",
      "Basic YTpi",
      "Bearer a b",
      "Bearer <script>",
      `Bearer ${"x".repeat(201)}`,
    ])
      expect(bearerToken(header), String(header)).toBeNull();
  });
});

describe("the rate limit", () => {
  it("counts in fixed one-minute windows and says when the window ends", () => {
    const now = new Date("2026-03-02T10:15:42.500Z");
    expect(rateWindowStart(now).toISOString()).toBe("2026-03-02T10:15:00.000Z");
    expect(retryAfterSeconds(now)).toBe(18);
    expect(retryAfterSeconds(new Date("2026-03-02T10:15:59.999Z"))).toBe(1);
    expect(isOverLimit(RATE_LIMIT_PER_MINUTE)).toBe(false);
    expect(isOverLimit(RATE_LIMIT_PER_MINUTE + 1)).toBe(true);
  });
});

describe("same-origin requests (POST /api/v1/tokens)", () => {
  const request = (headers: Record<string, string>) =>
    new Request("http://localhost:3000/api/v1/tokens", { method: "POST", headers });
  const app = "https://skilltrail.example";
  it("accepts this site's origin, by the app's URL or the request's", () => {
    expect(isSameOriginRequest(request({ Origin: app, "Sec-Fetch-Site": "same-origin" }), app)).toBe(true);
    expect(isSameOriginRequest(request({ Origin: "http://localhost:3000" }), app)).toBe(true);
  });
  it("refuses other sites, cross-site fetches and requests without an Origin", () => {
    expect(isSameOriginRequest(request({ Origin: "https://evil.example" }), app)).toBe(false);
    expect(isSameOriginRequest(request({ Origin: app, "Sec-Fetch-Site": "cross-site" }), app)).toBe(false);
    expect(isSameOriginRequest(request({ Origin: app, "Sec-Fetch-Site": "same-site" }), app)).toBe(false);
    expect(isSameOriginRequest(request({ "Sec-Fetch-Site": "same-origin" }), app)).toBe(false);
    expect(isSameOriginRequest(request({ Origin: "null" }), app)).toBe(false);
  });
});

describe("problem documents", () => {
  it("carry the status's title, the detail and field errors only when there are some", () => {
    expect(problemBody(422, "Over the cap.", { minutes: ["Too much."] })).toEqual({
      type: "about:blank",
      title: "Unprocessable content",
      status: 422,
      detail: "Over the cap.",
      errors: { minutes: ["Too much."] },
    });
    expect(problemBody(404, "Gone.", {})).not.toHaveProperty("errors");
  });
});

describe("the API's input schemas", () => {
  it("take minutes or a duration, not both and not neither", () => {
    const base = { date: "2026-03-02", phase: 1 };
    expect(createEntrySchema.safeParse({ ...base, minutes: 90 }).success).toBe(true);
    expect(createEntrySchema.safeParse({ ...base, duration: "1h 30m" }).success).toBe(true);
    expect(createEntrySchema.safeParse({ ...base, minutes: 90, duration: "90m" }).success).toBe(false);
    expect(createEntrySchema.safeParse(base).success).toBe(false);
    expect(updateEntrySchema.safeParse({}).success).toBe(true);
    expect(updateEntrySchema.safeParse({ id: "x" }).success).toBe(false);
  });
  it("default a token's expiry to 90 days and take null as never", () => {
    expect(createTokenSchema.parse({ name: "CLI", scope: "READ" }).expiresInDays).toBe(90);
    expect(createTokenSchema.parse({ name: "CLI", scope: "READ", expiresInDays: null }).expiresInDays).toBeNull();
    expect(createTokenSchema.safeParse({ name: "CLI", scope: "READ", expiresInDays: 12 }).success).toBe(false);
  });
});
