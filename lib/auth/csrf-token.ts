import "server-only";
import { cookies } from "next/headers";
import { csrfCookieName, csrfTokenFromCookie } from "@/lib/auth/csrf";
import { authSecret } from "@/lib/env";

/** The CSRF token of this request's cookie (proxy.ts makes sure /sign-in has one), for the form. */
export async function signInCsrfToken(): Promise<string | null> {
  return csrfTokenFromCookie((await cookies()).get(csrfCookieName())?.value, authSecret());
}
