import "server-only";
import { headers } from "next/headers";

/**
 * True when a server action runs from a form posted before (or without) JavaScript: React's
 * client sends the `Next-Action` header, a plain form post carries the action id in its body
 * instead. Such a post can only be answered with a page, so the action redirects where a
 * script would have navigated. False outside a request (tests calling an action directly).
 */
export async function postedWithoutScript(): Promise<boolean> {
  try {
    return !(await headers()).has("next-action");
  } catch {
    return false;
  }
}
