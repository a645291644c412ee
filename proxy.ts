import { NextResponse, type NextRequest } from "next/server";
import { encode, getToken, type JWT } from "next-auth/jwt";
import {
  SESSION_MAX_AGE_SECONDS,
  SESSION_UPDATE_AGE_SECONDS,
  isProtectedPath,
  secureCookies,
  sessionCookieName,
} from "@/lib/auth/config";
import { authSecret, env, isDevelopment } from "@/lib/env";
import { contentSecurityPolicy, createNonce, securityHeaders } from "@/lib/security/headers";

/**
 * Runs before every request (Next 16 calls this file proxy.ts; a middleware.ts would be
 * ignored, silently removing the gate):
 * 1. security headers, with a fresh CSP nonce handed to Next.js through the request headers;
 *    an address carrying a NUL character (%00) is refused with a 400;
 * 2. guests asking for a signed-in area are sent to /sign-in?callbackUrl=…;
 * 3. a session older than a day is renewed, so active users stay signed in (lib/auth/config.ts).
 * This is a convenience gate only: it sees a cookie, not the database. Every page, action
 * and route handler still checks the user on the server.
 */
export async function proxy(request: NextRequest) {
  const https = env().NEXTAUTH_URL.startsWith("https://");
  const nonce = createNonce();
  const csp = contentSecurityPolicy(nonce, { development: isDevelopment(), https });
  const headers = securityHeaders(csp, { https });
  if (hasNulCharacter(request.url)) {
    // PostgreSQL text cannot hold NUL: an id or filter with %00 would fail deep in a query as a 500.
    return withHeaders(
      new NextResponse("Bad request: the address contains a NUL character (%00).", { status: 400 }),
      headers,
    );
  }
  const token = await getToken({ req: request, secret: authSecret(), cookieName: sessionCookieName() });

  const { pathname, search } = request.nextUrl;
  if (!token && isProtectedPath(pathname)) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return withHeaders(NextResponse.redirect(signIn), headers);
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (token) await renewSession(token, response);
  return withHeaders(response, headers);
}

function hasNulCharacter(url: string): boolean {
  return /%00/i.test(url) || url.includes("\0");
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/** Re-issues the session cookie once it is a day old (next-auth does so only on /api/auth/session). */
async function renewSession(token: JWT, response: NextResponse): Promise<void> {
  const issuedAt = typeof token.iat === "number" ? token.iat : 0;
  if (Date.now() / 1000 - issuedAt < SESSION_UPDATE_AGE_SECONDS || !token.sub) return;
  // The session version travels on: dropping it would end (or revive) the session at renewal.
  const claims: JWT = token.sv === undefined ? { sub: token.sub } : { sub: token.sub, sv: token.sv };
  const renewed = await encode({ token: claims, secret: authSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
  response.cookies.set(sessionCookieName(), renewed, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

export const config = {
  // Everything but build assets: pages, server actions and API routes all get the headers.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
