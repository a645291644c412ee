/**
 * POST /api/v1/tokens is the one API route a browser session calls (a token is made from a
 * signed-in page or script on this site), so it must not be reachable cross-site: a page on
 * another site could otherwise make the victim's browser create a token (the answer would stay
 * unreadable to it, but the token would exist). Browsers send `Sec-Fetch-Site` and `Origin`
 * with every POST; the request counts as same-origin only when they say so. A request that
 * carries neither (a script outside a browser) is refused too: scripts use tokens. Pure.
 */
export function isSameOriginRequest(request: Request, appOrigin: string): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin") return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const allowed = new Set([safeOrigin(appOrigin), safeOrigin(request.url)]);
  return allowed.has(origin);
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
