import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/security/headers";
import { builtStylesheetHashes, escapeInlineStyleText, styleHashSource } from "@/lib/security/inline-styles";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("inlined stylesheet hashes", () => {
  it("escapes <style and </style as React does inside a hoisted <style>", () => {
    expect(escapeInlineStyleText('a{content:"</style><STYLE"}')).toBe('a{content:"</\\73 tyle><\\53 TYLE"}');
    expect(escapeInlineStyleText("body{color:red}")).toBe("body{color:red}");
  });

  it("hashes the text the browser sees, in CSP source syntax", () => {
    expect(styleHashSource("body{color:red}")).toBe(sha256("body{color:red}"));
    expect(styleHashSource('a{content:"</style>"}')).toBe(sha256('a{content:"</\\73 tyle>"}'));
  });

  const dist = mkdtempSync(join(tmpdir(), "inline-styles-"));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it("reads every built stylesheet under <distDir>/static, and none without a build", () => {
    mkdirSync(join(dist, "static/chunks"), { recursive: true });
    mkdirSync(join(dist, "static/css"), { recursive: true });
    writeFileSync(join(dist, "static/chunks/a.css"), "a{color:red}");
    writeFileSync(join(dist, "static/css/b.css"), "b{color:blue}");
    writeFileSync(join(dist, "static/chunks/c.js"), "console.log(1)");
    expect(builtStylesheetHashes(dist)).toEqual([sha256("a{color:red}"), sha256("b{color:blue}")]);
    expect(builtStylesheetHashes(join(dist, "missing"))).toEqual([]);
  });

  it("adds the hashes to style-src beside the nonce, never to script-src", () => {
    const csp = contentSecurityPolicy("abc", { development: false, https: false, styleHashes: ["'sha256-x'"] });
    expect(csp).toContain("style-src 'self' 'nonce-abc' 'sha256-x';");
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(
      contentSecurityPolicy("abc", { development: true, https: false, styleHashes: ["'sha256-x'"] }),
    ).not.toContain("sha256");
  });
});

describe("form-action with OAuth providers", () => {
  it("lists only the configured providers' authorization origins", () => {
    expect(contentSecurityPolicy("abc", { development: false, https: false })).toContain("form-action 'self';");
    expect(contentSecurityPolicy("abc", { development: false, https: false, oauthProviders: ["github"] })).toContain(
      "form-action 'self' https://github.com;",
    );
  });
});
