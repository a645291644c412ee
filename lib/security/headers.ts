/**
 * Security headers set by proxy.ts on every response. Pure functions, unit-tested.
 *
 * Scripts: a fresh nonce per request plus 'strict-dynamic'. Next.js reads the nonce from the
 * request's Content-Security-Policy header and puts it on its own scripts, so every page must
 * render dynamically (the root layout reads the session, which makes it so).
 * Styles: nonce'd <style> elements, plus the stylesheets Next.js inlines into each document, by
 * their sha256 hash (React writes that `<style>` without the nonce: lib/security/inline-styles.ts);
 * `style` attributes (e.g. a progress bar's width) are
 * allowed by style-src-attr, since an attribute cannot run script. In development, React
 * needs 'unsafe-eval' for its debugging tools and the dev server injects styles without a
 * nonce, as the Next.js CSP guide describes.
 */
import type { OAuthProvider } from "@/lib/env";

export type CspOptions = {
  /** `next dev`: allow 'unsafe-eval' and un-nonce'd styles. */
  development: boolean;
  /** Served over https: ask browsers to upgrade http sub-resources and remember https. */
  https: boolean;
  /** CSP hash sources ('sha256-…') of inlined stylesheets allowed besides the nonce. */
  styleHashes?: readonly string[];
  /** The OAuth providers configured: their sign-in forms redirect to the provider's origin. */
  oauthProviders?: readonly OAuthProvider[];
};

/**
 * Where next-auth redirects the OAuth sign-in form posts (components/auth/oauth-buttons.tsx).
 * Chromium applies form-action to a form's redirects too, so these origins must be listed.
 */
export const OAUTH_AUTHORIZATION_ORIGINS: Record<OAuthProvider, string> = {
  github: "https://github.com",
  google: "https://accounts.google.com",
};

export function contentSecurityPolicy(
  nonce: string,
  { development, https, styleHashes = [], oauthProviders = [] }: CspOptions,
): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    development
      ? "style-src 'self' 'unsafe-inline'"
      : ["style-src 'self'", `'nonce-${nonce}'`, ...styleHashes].join(" "),
    ...(development ? [] : ["style-src-attr 'unsafe-inline'"]),
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...oauthProviders.map((provider) => OAUTH_AUTHORIZATION_ORIGINS[provider])].join(" "),
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function securityHeaders(csp: string, { https }: Pick<CspOptions, "https">): Record<string, string> {
  return {
    "Content-Security-Policy": csp,
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY", // frame-ancestors for browsers that predate it
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** A nonce: 128 random bits, base64. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * The CSP of a user's file served for download (app/api/attachments/[attachmentId]): even if
 * a browser were made to render it, it runs in a sandbox (no script, unique origin) and loads
 * nothing. proxy.ts sends it instead of the page CSP on those paths, so the two never mix.
 */
export const DOWNLOAD_CSP = "sandbox; default-src 'none'; frame-ancestors 'none'";

/** Paths whose responses are user files, never pages. */
export const isDownloadPath = (pathname: string) => pathname.startsWith("/api/attachments/");
