import { env, isProduction } from "@/lib/env";
import { PROTECTED_PATH_PREFIXES } from "@/lib/auth/navigation";

/**
 * Auth settings shared by next-auth (lib/auth/options.ts) and proxy.ts. Kept free of database
 * imports so the proxy stays small.
 *
 * Session lifetime: a session lasts SESSION_MAX_AGE_SECONDS (7 days) from the last time it was
 * renewed; proxy.ts renews it at most once per SESSION_UPDATE_AGE_SECONDS (1 day) while the
 * user keeps using the app. An active user stays signed in; an idle one is signed out after a
 * week. Role changes and deactivation do not wait for either: every request re-reads the user
 * from the database (lib/auth/session.ts).
 */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;
export const SESSION_UPDATE_AGE_SECONDS = 24 * 60 * 60;

/**
 * Cookies are HttpOnly and SameSite=Lax (next-auth's defaults); in production they are also
 * Secure, with the __Secure- / __Host- name prefixes.
 */
export const secureCookies = () => isProduction();
export const sessionCookieName = () => `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;

// PROTECTED_PATH_PREFIXES (the signed-in areas) derive from the navigation: lib/auth/navigation.ts.

export function isProtectedPath(pathname: string): boolean {
  return PROTECTED_PATH_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** C0 and C1 controls and DEL: browsers drop some (tab, line feeds) while parsing a URL. */
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * A callbackUrl is followed only if it is an address on this site (no open redirect). It is
 * resolved with the URL parser against the app's own origin, as a browser would resolve it,
 * and kept only when the result has that origin; any control character refuses it outright
 * (browsers strip a tab inside "/\t/evil.example", which then means "//evil.example", and a
 * line break would make an invalid Location header). Returns a path (with query and hash).
 */
export function safeCallbackPath(
  value: string | null | undefined,
  fallback = "/dashboard",
  origin: string = env().NEXTAUTH_URL,
): string {
  if (!value || CONTROL_CHARACTER.test(value)) return fallback;
  let base: URL;
  let resolved: URL;
  try {
    base = new URL(origin);
    resolved = new URL(value, base);
  } catch {
    return fallback;
  }
  if (resolved.origin !== base.origin) return fallback;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
