/**
 * What a browser sends that the signed-in client (http.ts) does not: a password attempt whose
 * outcome is read rather than required to succeed, next-auth's sign-out, and a server action's
 * arguments as React's client encodes them.
 */
import { encodeArguments } from "./server-action";

/** `name=value` pairs of a response's Set-Cookie headers. */
function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((header) => header.split(";", 1)[0] ?? "");
}

/** next-auth's CSRF token and the cookie that goes with it. */
async function csrf(baseUrl: string, cookie = ""): Promise<{ token: string; cookie: string }> {
  const response = await fetch(`${baseUrl}/api/auth/csrf`, { headers: cookie ? { Cookie: cookie } : {} });
  if (!response.ok) throw new Error(`GET /api/auth/csrf answered ${response.status}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { token: csrfToken, cookie: [cookie, ...cookiesOf(response)].filter(Boolean).join("; ") };
}

/**
 * One email + password attempt through the credentials flow; returns next-auth's error code
 * ("CredentialsSignin" for a wrong password, "RateLimited:<minutes>" past a limit) or "ok".
 */
export async function passwordAttempt(baseUrl: string, email: string, password: string): Promise<string> {
  const { token, cookie } = await csrf(baseUrl);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie, Origin: baseUrl },
    body: new URLSearchParams({ csrfToken: token, email, password, callbackUrl: `${baseUrl}/`, json: "true" }),
  });
  const location =
    response.headers.get("location") ?? ((await response.json().catch(() => ({}))) as { url?: string }).url ?? "";
  return new URL(location, baseUrl).searchParams.get("error") ?? "ok";
}

/** Signs the session out as the account menu does (next-auth's POST /api/auth/signout). */
export async function signOut(baseUrl: string, sessionCookie: string): Promise<void> {
  const { token, cookie } = await csrf(baseUrl, sessionCookie);
  const response = await fetch(`${baseUrl}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie, Origin: baseUrl },
    body: new URLSearchParams({ csrfToken: token, callbackUrl: `${baseUrl}/`, json: "true" }),
  });
  if (response.status >= 400) throw new Error(`POST /api/auth/signout answered ${response.status}`);
}

export type EncodedArguments = { contentType: string; body: string };
export type ActionPost = { actionId: string; path: string; cookie: string; body: EncodedArguments };

/**
 * The body the browser posts for `action(previousState, formData)` (a useActionState form):
 * React's own encodeReply from the build Next ships, so the wire format matches the server's.
 */
export async function encodeActionArguments(fields: Record<string, string>): Promise<EncodedArguments> {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.append(name, value);
  return encodeArguments([null, formData]);
}
