import { NextResponse, type NextRequest } from "next/server";
import { encode, getToken, type JWT } from "next-auth/jwt";
import {
  SESSION_MAX_AGE_SECONDS,
  SESSION_UPDATE_AGE_SECONDS,
  isProtectedPath,
  secureCookies,
  sessionCookieName,
} from "@/lib/auth/config";
import { createCsrfCookie, csrfCookieName, csrfTokenFromCookie } from "@/lib/auth/csrf";
import { authSecret, configuredOAuthProviders, env, isDevelopment } from "@/lib/env";
import {
  contentSecurityPolicy,
  createNonce,
  DOWNLOAD_CSP,
  isDownloadPath,
  securityHeaders,
} from "@/lib/security/headers";
import { INLINE_STYLESHEET, inlineStyleHashes } from "@/lib/security/inline-styles";

/**
 * Runs before every request (Next 16 calls this file proxy.ts; a middleware.ts would be
 * ignored, silently removing the gate):
 * 1. security headers, with a fresh CSP nonce handed to Next.js through the request headers (and,
 *    when Next inlines the stylesheet, its hash: React writes that <style> without the nonce);
 *    an address carrying a NUL character (%00) is refused with a 400;
 * 2. requests that cannot be legitimate are refused before any code runs: a server action
 *    without an Origin header (Next.js only compares Origin when there is one), a body over
 *    ROUTE_BODY_LIMIT_BYTES for a route handler (server actions have Next's own limit);
 * 3. guests asking for a signed-in area are sent to /sign-in?callbackUrl=…;
 * 4. a session older than a day is renewed, so active users stay signed in (lib/auth/config.ts);
 * 5. /sign-in and /sign-up get next-auth's CSRF cookie, so their forms (the credentials form, the
 *    OAuth buttons) post without JavaScript (lib/auth/csrf.ts).
 * This is a convenience gate only: it sees a cookie, not the database. Every page, action
 * and route handler still checks the user on the server.
 */
export async function proxy(request: NextRequest) {
  const https = env().NEXTAUTH_URL.startsWith("https://");
  const nonce = createNonce();
  // A user's file gets a sandbox instead of the page policy (lib/security/headers.ts).
  const csp = isDownloadPath(request.nextUrl.pathname)
    ? DOWNLOAD_CSP
    : contentSecurityPolicy(nonce, {
        development: isDevelopment(),
        https,
        styleHashes: INLINE_STYLESHEET && !isDevelopment() ? inlineStyleHashes() : [],
        oauthProviders: configuredOAuthProviders(),
      });
  const headers = securityHeaders(csp, { https });
  if (hasNulCharacter(request.url)) {
    // PostgreSQL text cannot hold NUL: an id or filter with %00 would fail deep in a query as a 500.
    return withHeaders(
      new NextResponse("Bad request: the address contains a NUL character (%00).", { status: 400 }),
      headers,
    );
  }
  const refusal = refuseRequest(request);
  if (refusal) return withHeaders(refusal, headers);
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
  const csrfCookie = CSRF_FORM_PATHS.has(pathname) ? await ensureCsrfCookie(request, requestHeaders) : null;
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (csrfCookie) {
    response.cookies.set(csrfCookieName(), csrfCookie, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: secureCookies(),
    });
  }
  if (token) await renewSession(token, response);
  return withHeaders(response, headers);
}

/** Pages with forms that post to next-auth directly, which needs the CSRF cookie and token. */
const CSRF_FORM_PATHS = new Set(["/sign-in", "/sign-up"]);

/** Route handlers read at most this much; next-auth's forms and every JSON body are far smaller. */
export const ROUTE_BODY_LIMIT_BYTES = 1_000_000;

function refuseRequest(request: NextRequest): NextResponse | null {
  const { method, headers } = request;
  if (method === "POST" && headers.has("next-action") && !headers.get("origin")) {
    // Browsers send Origin with every POST; without it Next.js skips its cross-site check.
    return new NextResponse("Forbidden: a server action needs an Origin header.", { status: 403 });
  }
  if (request.nextUrl.pathname.startsWith("/api/") && method !== "GET" && method !== "HEAD") {
    const length = headers.get("content-length");
    if (length === null && headers.has("transfer-encoding")) {
      return new NextResponse("Length required: send the body with a Content-Length.", { status: 411 });
    }
    if (length !== null && !(Number(length) <= ROUTE_BODY_LIMIT_BYTES)) {
      return new NextResponse("Payload too large: at most 1 MB.", { status: 413 });
    }
  }
  return null;
}

/**
 * Makes sure the page has a valid CSRF cookie; a new one is also put on the forwarded request,
 * so the page reads the same token it is about to be given. Returns the new cookie's value.
 */
async function ensureCsrfCookie(request: NextRequest, requestHeaders: Headers): Promise<string | null> {
  const existing = request.cookies.get(csrfCookieName())?.value;
  if (await csrfTokenFromCookie(existing, authSecret())) return null;
  const { cookie } = await createCsrfCookie(authSecret());
  const others = request.cookies
    .getAll()
    .filter((c) => c.name !== csrfCookieName())
    .map((c) => `${c.name}=${c.value}`);
  requestHeaders.set("cookie", [...others, `${csrfCookieName()}=${cookie}`].join("; "));
  return cookie;
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
  // The session version and id travel on: dropping them would end the session at renewal.
  const claims: JWT = { sub: token.sub, sv: token.sv, sid: token.sid };
  for (const key of ["sv", "sid"] as const) if (claims[key] === undefined) delete claims[key];
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
