/**
 * A server action called over HTTP as React's client calls it: a POST to the page that renders
 * it, with the `Next-Action` header naming the action (its id from the build's manifest) and
 * the arguments encoded by React's own encodeReply (the build Next ships, so the wire format
 * matches the server's decoder). Cookies the action sets are returned, as a browser keeps them.
 */
import { createRequire } from "node:module";
import { findActionId } from "@/scripts/bench/log-hours";
import type { SignedIn } from "./http";

export { findActionId };

export async function encodeArguments(args: unknown[]): Promise<{ contentType: string; body: string }> {
  const require = createRequire(import.meta.url);
  const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.edge") as {
    encodeReply: (value: unknown) => Promise<string | FormData>;
  };
  const response = new Response(await encodeReply(args));
  return {
    contentType: response.headers.get("content-type") ?? "text/plain;charset=UTF-8",
    body: await response.text(),
  };
}

export type ActionAnswer = { status: number; body: string; setCookies: string[] };

export async function callAction(
  baseUrl: string,
  path: string,
  actionId: string,
  args: unknown[],
  session: SignedIn,
): Promise<ActionAnswer> {
  const { contentType, body } = await encodeArguments(args);
  const response = await fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: {
      Cookie: session.cookie,
      Accept: "text/x-component",
      "Next-Action": actionId,
      Origin: baseUrl,
      "Content-Type": contentType,
    },
    body,
    redirect: "manual",
  });
  return { status: response.status, body: await response.text(), setCookies: response.headers.getSetCookie() };
}

/** The session with the cookies an answer set added (name=value only), as a browser sends them next. */
export function withCookies(session: SignedIn, setCookies: readonly string[]): SignedIn {
  const jar = new Map(
    session.cookie
      .split("; ")
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)] as const),
  );
  for (const header of setCookies) {
    const pair = header.split(";")[0]!;
    jar.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1));
  }
  return { ...session, cookie: [...jar].map(([name, value]) => `${name}=${value}`).join("; ") };
}
