import { createHash } from "node:crypto";
import { expect } from "vitest";
import { INLINE_STYLESHEET } from "@/lib/security/inline-styles";

/**
 * Fetches a page and checks that every `<style>` Next inlined into it (experimental.inlineCss,
 * INLINE_STYLESHEET) is allowed by the response's CSP: by its sha256 hash in style-src (React writes it without the
 * nonce; lib/security/inline-styles.ts). Computed here from the document itself, independently of
 * the server's own code, so a build whose inlined text differs from the hashed file fails.
 */
export async function expectInlinedStylesAllowed(baseUrl: string, path: string): Promise<void> {
  const response = await fetch(`${baseUrl}${path}`, { redirect: "manual" });
  expect(response.status).toBe(200);
  const html = await response.text();
  const styles = [...html.matchAll(/<style\b([^>]*)>([\s\S]*?)<\/style>/g)];
  const inlined = styles.filter(([, attributes]) => attributes!.includes("data-precedence"));
  if (!INLINE_STYLESHEET) {
    // Switched off: the stylesheet is a <link>, and nothing inline needs a hash.
    expect(inlined, "no stylesheet is inlined while INLINE_STYLESHEET is off").toEqual([]);
    expect(html).toMatch(/<link rel="stylesheet" href="\/_next\/static\/[^"]+\.css"/);
    return;
  }
  expect(inlined.length, "the global stylesheet is inlined").toBeGreaterThan(0);
  const styleSrc = (response.headers.get("content-security-policy") ?? "")
    .split(";")
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith("style-src "));
  for (const [, attributes, text] of inlined) {
    if (/\bnonce=/.test(attributes!)) continue;
    const hash = `'sha256-${createHash("sha256").update(text!, "utf8").digest("base64")}'`;
    expect(styleSrc?.split(" "), `style-src allows the inlined stylesheet of ${path}`).toContain(hash);
  }
}
