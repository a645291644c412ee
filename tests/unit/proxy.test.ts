import { decode, encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.stubEnv("DATABASE_URL", process.env.DATABASE_URL ?? "postgresql://user:pass@localhost:5432/db");
const { proxy } = await import("@/proxy");
const { authSecret } = await import("@/lib/env");
const { SESSION_MAX_AGE_SECONDS, sessionCookieName } = await import("@/lib/auth/config");
const { ROUTE_BODY_LIMIT_BYTES } = await import("@/proxy");
const { csrfCookieName, csrfTokenFromCookie } = await import("@/lib/auth/csrf");

const DAY = 86_400;

async function sessionCookie(issuedSecondsAgo: number): Promise<string> {
  vi.useFakeTimers({ now: Date.now() - issuedSecondsAgo * 1000, toFake: ["Date"] });
  try {
    return await encode({
      token: { sub: "user-1", sv: 3, sid: "session-1" },
      secret: authSecret(),
      maxAge: SESSION_MAX_AGE_SECONDS,
    });
  } finally {
    vi.useRealTimers();
  }
}

function request(path: string, cookie?: string) {
  return new NextRequest(`http://localhost:3000${path}`, {
    headers: cookie ? { cookie: `${sessionCookieName()}=${cookie}` } : {},
  });
}

describe("proxy", () => {
  let fresh: string;
  let dayOld: string;
  beforeAll(async () => {
    fresh = await sessionCookie(60);
    dayOld = await sessionCookie(DAY + 60);
  });

  it("sends a guest from a signed-in area to sign-in, keeping where they were going", async () => {
    const response = await proxy(request("/account/password?x=1"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(
      "http://localhost:3000/sign-in?callbackUrl=%2Faccount%2Fpassword%3Fx%3D1",
    );
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("lets a guest through to public pages, with the nonce handed to Next.js", async () => {
    const response = await proxy(request("/"));
    expect(response.status).toBe(200);
    const csp = response.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    // NextResponse.next({ request: { headers } }) forwards request headers under this prefix.
    expect(response.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("lets a signed-in user through and renews a session only once it is a day old", async () => {
    const recent = await proxy(request("/dashboard", fresh));
    expect(recent.status).toBe(200);
    expect(recent.cookies.get(sessionCookieName())).toBeUndefined();

    const old = await proxy(request("/dashboard", dayOld));
    expect(old.status).toBe(200);
    const renewed = old.cookies.get(sessionCookieName());
    expect(renewed?.value).toBeTruthy();
    expect(renewed).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", maxAge: SESSION_MAX_AGE_SECONDS });
    // The renewed token names the same user and keeps the session version it was signed with.
    expect(await decode({ token: renewed!.value, secret: authSecret() })).toMatchObject({
      sub: "user-1",
      sv: 3,
      sid: "session-1",
    });
  });

  it("refuses an address with a NUL character, which no database text can hold, with a 400", async () => {
    for (const path of ["/deliverables/a%00b", "/hours?phase=%00", "/api/admin/cohorts/x%00/export"]) {
      const response = await proxy(request(path, fresh));
      expect(response.status, path).toBe(400);
      expect(await response.text()).toContain("NUL character");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    }
    expect((await proxy(request("/hours?note=100%25", fresh))).status).toBe(200);
  });

  it("treats a forged or garbled cookie as no session", async () => {
    const response = await proxy(request("/admin", "not-a-real-token"));
    expect(response.status).toBe(307);
  });

  it("refuses a server action without an Origin header, and lets one with it through (issue 14)", async () => {
    const action = (headers: Record<string, string>) =>
      proxy(
        new NextRequest("http://localhost:3000/sign-up", {
          method: "POST",
          headers: { "next-action": "abc", ...headers },
        }),
      );
    const refused = await action({});
    expect(refused.status).toBe(403);
    expect(refused.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect((await action({ origin: "http://localhost:3000" })).status).toBe(200);
    // A plain POST that is not a server action (next-auth's endpoints) is not concerned.
    const plain = new NextRequest("http://localhost:3000/api/auth/signout", { method: "POST" });
    expect((await proxy(plain)).status).toBe(200);
  });

  it("refuses route-handler bodies over 1 MB, or of unknown length (issue 14)", async () => {
    const post = (headers: Record<string, string>) =>
      proxy(new NextRequest("http://localhost:3000/api/auth/callback/credentials", { method: "POST", headers }));
    expect((await post({ "content-length": String(5_000_000) })).status).toBe(413);
    expect((await post({ "content-length": String(ROUTE_BODY_LIMIT_BYTES + 1) })).status).toBe(413);
    expect((await post({ "content-length": "junk" })).status).toBe(413);
    expect((await post({ "transfer-encoding": "chunked" })).status).toBe(411);
    expect((await post({ "content-length": "512" })).status).toBe(200);
  });

  it("gives /sign-in next-auth's CSRF cookie, once, so its form can post without JavaScript", async () => {
    const first = await proxy(request("/sign-in"));
    const cookie = first.cookies.get(csrfCookieName());
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
    const token = await csrfTokenFromCookie(cookie!.value, authSecret());
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    // The page sees the same cookie on this very request.
    expect(first.headers.get("x-middleware-request-cookie")).toContain(cookie!.value);
    const again = await proxy(
      new NextRequest("http://localhost:3000/sign-in", { headers: { cookie: `${csrfCookieName()}=${cookie!.value}` } }),
    );
    expect(again.cookies.get(csrfCookieName())).toBeUndefined();
    // /sign-up's OAuth buttons post to next-auth as plain forms too.
    expect((await proxy(request("/sign-up"))).cookies.get(csrfCookieName())).toBeDefined();
    expect((await proxy(request("/"))).cookies.get(csrfCookieName())).toBeUndefined();
  });
});
