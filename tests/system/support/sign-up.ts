/**
 * Creates an account the way a browser without JavaScript does on a real first deployment
 * (production seeds no demo accounts, and there is no admin bootstrap): GET /sign-up, post the
 * rendered form, with the server action's hidden fields, as multipart form data to the same
 * page. The server action answers such a post with a redirect to sign-in.
 */
type Account = { name: string; email: string; password: string };

const decodeEntities = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The hidden fields of the page's form that has a password field (the sign-up form). */
export function hiddenFieldsOfPasswordForm(html: string): [string, string][] {
  const form = html.split("<form").find((chunk) => /name="password"/.test(chunk.split("</form>")[0] ?? ""));
  if (!form) throw new Error("No form with a password field on the page");
  const inputs = (form.split("</form>")[0] ?? "").match(/<input[^>]*>/g) ?? [];
  return inputs
    .filter((input) => /type="hidden"/.test(input))
    .map((input): [string, string] => [
      decodeEntities(/name="([^"]*)"/.exec(input)?.[1] ?? ""),
      decodeEntities(/value="([^"]*)"/.exec(input)?.[1] ?? ""),
    ])
    .filter(([name]) => name !== "");
}

export async function signUpWithoutScript(baseUrl: string, account: Account): Promise<{ location: string }> {
  const page = await fetch(`${baseUrl}/sign-up`);
  if (page.status !== 200) throw new Error(`GET /sign-up answered ${page.status}`);
  const body = new FormData();
  for (const [name, value] of hiddenFieldsOfPasswordForm(await page.text())) body.append(name, value);
  for (const [name, value] of Object.entries(account)) body.append(name, value);
  const response = await fetch(`${baseUrl}/sign-up`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { Origin: baseUrl },
  });
  const location = response.headers.get("location");
  if (response.status !== 303 || !location) {
    const text = (await response.text().catch(() => "")).slice(0, 300);
    throw new Error(`Sign-up post answered ${response.status} ${location ?? ""}: ${text}`);
  }
  return { location };
}
