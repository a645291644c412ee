/**
 * Signs in through the real next-auth credentials flow, as the sign-in form does: fetch a CSRF
 * token (and its cookie) from /api/auth/csrf, post the form-encoded credentials to
 * /api/auth/callback/credentials with that cookie, keep the session cookie it sets. Then proves
 * the cookie works: a signed-in page answers 200 with the user's own name in it.
 */
import type { Persona } from "./personas";

export type Session = { persona: Persona; cookie: string };

/** `name=value` pairs of a response's Set-Cookie headers, merged into `jar`. */
function collectCookies(response: Response, jar: Map<string, string>) {
  for (const header of response.headers.getSetCookie()) {
    const pair = header.split(";", 1)[0] ?? "";
    const eq = pair.indexOf("=");
    if (eq > 0) jar.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

export async function signIn(baseUrl: string, persona: Persona, password: string): Promise<Session> {
  const jar = new Map<string, string>();
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrfResponse.ok) throw new Error(`GET /api/auth/csrf answered ${csrfResponse.status}`);
  collectCookies(csrfResponse, jar);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };

  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(jar), Origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email: persona.email, password, callbackUrl: `${baseUrl}/`, json: "true" }),
  });
  collectCookies(response, jar);
  const session = [...jar.keys()].find((name) => name.endsWith("session-token"));
  if (!session) {
    const where = response.headers.get("location") ?? (await response.text().catch(() => "")).slice(0, 200);
    throw new Error(`Sign-in as ${persona.email} failed (${response.status}): no session cookie; answer: ${where}`);
  }
  // Only the session cookie: it is all a signed-in browser sends that matters to the server.
  return { persona, cookie: `${session}=${jar.get(session)}` };
}

/** GET `path` with the session: must be 200 (no redirect to sign-in) and show the persona's name. */
export async function verifySession(baseUrl: string, session: Session, path: string): Promise<void> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { Cookie: session.cookie }, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) {
    throw new Error(
      `${session.persona.email} GET ${path} answered ${response.status} ${response.headers.get("location") ?? ""}`,
    );
  }
  if (!body.includes(session.persona.name)) {
    throw new Error(`${session.persona.email} GET ${path}: 200 but the page does not show "${session.persona.name}"`);
  }
}
