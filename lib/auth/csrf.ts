import { secureCookies } from "@/lib/auth/config";

/**
 * next-auth's CSRF double-submit token, made where next-auth cannot: the sign-in form posts to
 * /api/auth/callback/credentials with a hidden `csrfToken`, so it works before (or without)
 * JavaScript, and next-auth accepts the post only if the token matches its CSRF cookie. A
 * page cannot set cookies, so proxy.ts sets the cookie on the way to /sign-in when it is
 * missing, and the page reads the token back from it. The format is next-auth's own
 * (`<token>|sha256(<token><secret>)`, next-auth/core/lib/csrf-token), so either side can
 * create it and both accept it.
 */
export const csrfCookieName = () => `${secureCookies() ? "__Host-" : ""}next-auth.csrf-token`;

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The token in a CSRF cookie value, if the cookie was made with this secret. */
export async function csrfTokenFromCookie(value: string | undefined, secret: string): Promise<string | null> {
  const [token, hash] = value?.split("|") ?? [];
  if (!token || !hash) return null;
  return (await sha256Hex(`${token}${secret}`)) === hash ? token : null;
}

/** A fresh cookie value and its token. */
export async function createCsrfCookie(secret: string): Promise<{ token: string; cookie: string }> {
  const token = Array.from(crypto.getRandomValues(new Uint8Array(32)), (byte) =>
    byte.toString(16).padStart(2, "0"),
  ).join("");
  return { token, cookie: `${token}|${await sha256Hex(`${token}${secret}`)}` };
}
