import "server-only";
import { headers } from "next/headers";
import { clientIp } from "@/lib/security/client-ip";

/**
 * The calling client's address inside a server action or a server component (see
 * client-ip.ts), or null outside a request (scripts, tests calling an action directly).
 */
export async function requestClientIp(): Promise<string | null> {
  try {
    return clientIp(await headers());
  } catch {
    return null;
  }
}
