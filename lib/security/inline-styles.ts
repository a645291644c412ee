/**
 * CSP hashes of the stylesheets Next.js inlines into each document (`experimental.inlineCss` in
 * next.config.ts, switched by INLINE_STYLESHEET below). Inlining lets the first paint happen
 * without waiting for a stylesheet request, but Next 16 hands React the CSP nonce as a string,
 * which React puts on scripts only: the inlined `<style>` carries no nonce. The page CSP therefore
 * lists the stylesheet's sha256 hash in style-src instead, computed over exactly the text React
 * writes between `<style …>` and `</style>`.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * React escapes `<style` and `</style` inside a hoisted `<style>` so the text cannot close the
 * element early (react-dom-server's `styleRegex` / `styleReplacer`); the hash must cover the
 * escaped text, as the browser sees it.
 */
export function escapeInlineStyleText(css: string): string {
  return css.replace(
    /(<\/|<)(s)(tyle)/gi,
    (_, prefix: string, s: string, suffix: string) => `${prefix}${s === "s" ? "\\73 " : "\\53 "}${suffix}`,
  );
}

/** The CSP source expression ('sha256-…') that allows one `<style>` element with this text. */
export function styleHashSource(css: string): string {
  return `'sha256-${createHash("sha256").update(escapeInlineStyleText(css), "utf8").digest("base64")}'`;
}

/**
 * Every built stylesheet's hash, read once from `<distDir>/static` (also present in the
 * standalone image: scripts/docker/assemble.ts copies it). The app has a single global stylesheet
 * today, so each page inlines exactly one file; should a route gain its own CSS, React would
 * concatenate that route's files into one `<style>` and that page's styles would be blocked:
 * the e2e specs that watch for CSP violations (tests/e2e/support/page.ts `watchCsp`) would fail.
 * No build (unit tests, `next dev`) means no hashes: the policy then stays nonce-only.
 */
export function builtStylesheetHashes(distDir: string): string[] {
  const root = join(distDir, "static");
  let files: string[];
  try {
    files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".css"));
  } catch {
    return [];
  }
  return files.sort().map((file) => styleHashSource(readFileSync(join(root, file), "utf8")));
}

/**
 * Off: measured in docs/performance.md ("Browser speed, December 2026 session 3"), inlining won
 * LCP on the light pages but not the performance score, and under Turbopack the 55 KB stylesheet
 * also travels twice in each document's flight data (+33 KB compressed per page) and inside every
 * route's client-reference manifest (+17 MB in the standalone image). Turning it on is this one
 * line: next.config.ts and proxy.ts both follow it, and the system tests check the CSP hash.
 */
export const INLINE_STYLESHEET = false;

let cached: string[] | undefined;

/** builtStylesheetHashes of this server's build, computed on the first request and kept. */
export function inlineStyleHashes(): string[] {
  // turbopackIgnore: a path from the environment would make Turbopack trace the whole project
  // into the standalone output; the static folder is copied there on its own (assemble.ts).
  cached ??= builtStylesheetHashes(join(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR || ".next"));
  return cached;
}
