import { afterEach, describe, expect, it, vi } from "vitest";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { isProtectedPath, safeCallbackPath } from "@/lib/auth/config";
import { activeNavHref, homePathFor, navItemsFor } from "@/lib/auth/navigation";
import type { IncomingMessage } from "node:http";
import { CLIENT_IP_HEADER, clientIp, resolveClientAddress } from "@/lib/security/client-ip";
import { rateLimitedCode, signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { contentSecurityPolicy, createNonce, securityHeaders } from "@/lib/security/headers";

describe("callback URLs", () => {
  it("follows only paths on this site", () => {
    expect(safeCallbackPath("/account?tab=1")).toBe("/account?tab=1");
    expect(safeCallbackPath("/quiz/abc#q2", "/dashboard", "https://app.example")).toBe("/quiz/abc#q2");
    expect(safeCallbackPath("https://app.example/hours?x=1", "/dashboard", "https://app.example")).toBe("/hours?x=1");
    for (const bad of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      // Browsers drop tabs and line breaks inside a URL: "/\t/evil.example" is "//evil.example" (issue 14).
      "/\t/evil.example/phish",
      "/\n/evil.example",
      "/\r/evil.example",
      "/dashboard\nSet-Cookie: x=1",
      "/\u0000x",
      "/\\/evil.example",
      " //evil.example",
      "http://localhost:3000@evil.example/",
      "https:evil.example",
      "javascript:alert(1)",
      "",
      null,
      undefined,
    ]) {
      expect(safeCallbackPath(bad)).toBe("/dashboard");
    }
  });

  it("knows the signed-in areas, and only them", () => {
    expect(["/dashboard", "/hours", "/quiz/abc", "/mentor/x", "/admin", "/account/delete"].every(isProtectedPath)).toBe(
      true,
    );
    expect(["/", "/sign-in", "/dashboards", "/api/account/export"].some(isProtectedPath)).toBe(false);
  });
});

describe("navigation by role", () => {
  it("sends each role home and shows its links", () => {
    expect(homePathFor("LEARNER")).toBe("/dashboard");
    expect(homePathFor("MENTOR")).toBe("/mentor");
    expect(navItemsFor("LEARNER").map((i) => i.label)).toEqual([
      "Dashboard",
      "Hours",
      "Phases",
      "Quiz",
      "Self-check",
      "Projects",
      "Career",
      "Account",
    ]);
    expect(navItemsFor("MENTOR").map((i) => i.label)).toEqual(["Mentees", "Reviews", "Account"]);
    expect(navItemsFor("ADMIN").map((i) => i.label)).toEqual(["Mentees", "Reviews", "Admin", "Account"]);
  });
});

describe("passwords and sign-in messages", () => {
  it("recognises common and repetitive passwords in any case", () => {
    expect(isCommonPassword("Password1234")).toBe(true);
    expect(isCommonPassword("QWERTYUIOP123")).toBe(true);
    expect(isCommonPassword("abababababab")).toBe(true);
    expect(isCommonPassword("granite kettle orbit lantern")).toBe(false);
  });

  it("words the codes the credentials provider sends", () => {
    expect(signInErrorMessage(rateLimitedCode(1))).toBe("Too many sign-in attempts. Try again in 1 minute.");
    expect(signInErrorMessage(rateLimitedCode(12))).toBe("Too many sign-in attempts. Try again in 12 minutes.");
    expect(signInErrorMessage("CredentialsSignin")).toBe("Email or password is incorrect.");
    expect(signInErrorMessage("Something internal happened")).toBe("Sign-in failed. Please try again.");
    expect(signInErrorMessage(undefined)).toBeNull();
  });

  it("reads the client address only from the header the server stamps, never from X-Forwarded-For", () => {
    expect(clientIp(new Headers({ [CLIENT_IP_HEADER]: "198.51.100.7" }))).toBe("198.51.100.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "198.51.100.1, 10.0.0.1" }))).toBeNull();
    expect(clientIp({ "x-real-ip": "198.51.100.2" })).toBeNull();
    expect(clientIp({})).toBeNull();
  });

  it("resolves the client as the socket, or the hop TRUSTED_PROXY_HOPS names, whatever the client forges (issue 14)", () => {
    const request = (socket: string, forwardedFor?: string) =>
      ({
        socket: { remoteAddress: socket },
        connection: { remoteAddress: socket },
        headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
      }) as unknown as IncomingMessage;
    // No trusted proxy: the peer, whatever the header says.
    expect(resolveClientAddress(request("203.0.113.9", "1.2.3.4"), 0)).toBe("203.0.113.9");
    expect(resolveClientAddress(request("203.0.113.9"), 0)).toBe("203.0.113.9");
    // One proxy (10.0.0.5) that appends the address it saw: its entry, not the forged ones before it.
    expect(resolveClientAddress(request("10.0.0.5", "6.6.6.6, 198.51.100.4"), 1)).toBe("198.51.100.4");
    expect(resolveClientAddress(request("10.0.0.5", "198.51.100.4"), 1)).toBe("198.51.100.4");
    // Two proxies.
    expect(resolveClientAddress(request("10.0.0.5", "6.6.6.6, 198.51.100.4, 10.0.0.9"), 2)).toBe("198.51.100.4");
    // More hops configured than the request went through: the leftmost address there is.
    expect(resolveClientAddress(request("10.0.0.5", "198.51.100.4"), 3)).toBe("198.51.100.4");
  });
});

describe("security headers", () => {
  it("builds a nonce-based policy, relaxed only for development", () => {
    const production = contentSecurityPolicy("abc", { development: false, https: true });
    expect(production).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(production).toContain("style-src 'self' 'nonce-abc'");
    expect(production).toContain("frame-ancestors 'none'");
    expect(production).toContain("upgrade-insecure-requests");
    expect(production).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy("abc", { development: true, https: false })).toContain("'unsafe-eval'");
  });

  it("sets the other headers, and HSTS only over https", () => {
    expect(securityHeaders("csp", { https: false })).toEqual({
      "Content-Security-Policy": "csp",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    });
    expect(securityHeaders("csp", { https: true })).toHaveProperty("Strict-Transport-Security");
  });

  it("makes a different nonce every time", () => {
    expect(createNonce()).not.toBe(createNonce());
    expect(createNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("environment", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function loadEnv(vars: Record<string, string | undefined>) {
    vi.resetModules();
    vi.stubEnv("DATABASE_URL", "postgresql://user:pass@localhost:5432/db");
    for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
    return import("@/lib/env");
  }

  it("requires NEXTAUTH_SECRET in production, with a clear message", async () => {
    const { env } = await loadEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: undefined });
    expect(() => env()).toThrow(/NEXTAUTH_SECRET is required in production/);
  });

  it("accepts a production secret, and needs none in development", async () => {
    const prod = await loadEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(43) });
    expect(prod.env().NEXTAUTH_SECRET).toHaveLength(43);
    const dev = await loadEnv({ NODE_ENV: "development", NEXTAUTH_SECRET: undefined });
    expect(dev.authSecret()).toBeTruthy();
  });

  it("switches an OAuth provider on only with both its id and secret", async () => {
    const both = await loadEnv({
      NODE_ENV: "development",
      GITHUB_ID: "id",
      GITHUB_SECRET: "secret",
      GOOGLE_ID: "",
      GOOGLE_SECRET: "",
    });
    expect(both.oauthProviders()).toEqual({ github: true, google: false });
    const half = await loadEnv({ NODE_ENV: "development", GITHUB_ID: "id", GITHUB_SECRET: undefined });
    expect(() => half.env()).toThrow(/GITHUB_ID and GITHUB_SECRET must be set together/);
  });
});

describe("the current navigation item", () => {
  const mentor = navItemsFor("MENTOR").map((item) => item.href);
  const learner = navItemsFor("LEARNER").map((item) => item.href);

  it("is only the most specific item that contains the page", () => {
    expect(activeNavHref("/mentor/reviews", mentor)).toBe("/mentor/reviews");
    expect(activeNavHref("/mentor/reviews/abc123", mentor)).toBe("/mentor/reviews");
    expect(activeNavHref("/mentor", mentor)).toBe("/mentor");
    expect(activeNavHref("/mentor/mentees/abc123", mentor)).toBe("/mentor");
  });

  it("matches whole path segments and nothing on pages outside the navigation", () => {
    expect(activeNavHref("/hours", learner)).toBe("/hours");
    expect(activeNavHref("/hoursx", learner)).toBeNull();
    expect(activeNavHref("/", learner)).toBeNull();
    expect(activeNavHref("/deliverables/abc", learner)).toBeNull();
  });
});
