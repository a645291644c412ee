/**
 * A browser-side POST to one of next-auth's endpoints, as next-auth/react does it: fetch a CSRF
 * token, send the fields form-encoded with `json: true`, and return the address the answer
 * names (`undefined` if it names none). Written out once for the sign-in form and the sign-out
 * button, because next-auth/react is a whole client library (10–12 KB compressed) for these two
 * requests, and the sign-out button is in every signed-in page's header.
 */
export async function postToNextAuth(
  endpoint: "callback/credentials" | "signout",
  fields: Record<string, string>,
): Promise<string | undefined> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch(`/api/auth/${endpoint}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...fields, csrfToken, json: "true" }),
  });
  const { url } = (await response.json().catch(() => ({}))) as { url?: string };
  return url;
}
