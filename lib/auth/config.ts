import { isProduction } from "@/lib/env";
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

/** A callbackUrl is followed only if it is a path on this site (no open redirect). */
export function safeCallbackPath(value: string | null | undefined, fallback = "/dashboard"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
