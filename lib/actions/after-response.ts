import "server-only";
import { after } from "next/server";

/**
 * Runs `task` after the response is sent (Next's `after`), so its duration (sending an email)
 * cannot tell a caller anything. Outside a request (a test calling an action directly) there is
 * no response to wait for, and the task runs at once.
 */
export async function afterResponse(task: () => Promise<void>): Promise<void> {
  try {
    after(task);
  } catch {
    await task();
  }
}
