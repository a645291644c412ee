/**
 * A signed-in HTTP client for system tests: the real next-auth credentials flow (the bench's
 * sign-in), then requests carrying the session cookie, against whichever server is named.
 */
import { signIn as benchSignIn } from "@/scripts/bench/sign-in";
import type { Persona } from "@/scripts/bench/personas";

export type SignedIn = { cookie: string; email: string };

export async function signIn(baseUrl: string, email: string, password: string): Promise<SignedIn> {
  const persona: Persona = { id: "", email, name: "", role: "LEARNER" };
  const session = await benchSignIn(baseUrl, persona, password);
  return { cookie: session.cookie, email };
}

/** GET a page with the session, without following redirects. */
export async function getPage(baseUrl: string, path: string, session?: SignedIn) {
  const response = await fetch(`${baseUrl}${path}`, {
    headers: session ? { Cookie: session.cookie } : {},
    redirect: "manual",
  });
  return { status: response.status, location: response.headers.get("location"), body: await response.text() };
}
