import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";

const CALLBACK_URL_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/** next-auth's own test (core/lib/assert.js): a same-site path or an absolute http(s) URL. */
function isValidCallbackUrl(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

/**
 * next-auth answers a malformed callbackUrl (in the query, or in its callback-url cookie) with a
 * 500 "server configuration" error. The request is what is wrong, so it gets a 400 here, and a
 * bad cookie is cleared so the next request works again.
 */
function refuseInvalidCallbackUrl(request: NextRequest): Response | null {
  const origin = request.nextUrl.origin;
  const param = request.nextUrl.searchParams.get("callbackUrl");
  const badCookies = CALLBACK_URL_COOKIES.filter((name) => {
    const value = request.cookies.get(name)?.value;
    return value !== undefined && value !== "" && !isValidCallbackUrl(value, origin);
  });
  if ((param === null || param === "" || isValidCallbackUrl(param, origin)) && badCookies.length === 0) return null;
  const response = Response.json(
    { error: "Invalid callback URL." },
    { status: 400, headers: { "Cache-Control": "no-store" } },
  );
  for (const name of badCookies) {
    const secure = name.startsWith("__Secure-") ? "; Secure" : "";
    response.headers.append("Set-Cookie", `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure}`);
  }
  return response;
}

// next-auth's own endpoints: sign-in (credentials checks and rate limits live in
// lib/auth/credentials.ts), OAuth callbacks, CSRF token, session, sign-out.
async function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  return refuseInvalidCallbackUrl(request) ?? NextAuth(request, context, authOptions());
}

export { handler as GET, handler as POST };
