import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";

/**
 * Who is calling, for rate limits and the audit log. The address is the TCP peer's, unless
 * TRUSTED_PROXY_HOPS says how many proxies (load balancer, ingress) stand in front of the app:
 * then it is the X-Forwarded-For entry that many hops from the right, the last one a proxy we
 * trust wrote. Entries to the left of it were written by the client and are never believed, so
 * a forged header can neither dodge a limit nor frame another address.
 *
 * Next.js does not expose the socket to route handlers or server actions (and keeps a client's
 * own X-Forwarded-For), so the address is resolved when the request arrives
 * (`stampClientAddresses`, installed by instrumentation.ts) and handed on in CLIENT_IP_HEADER,
 * which always overwrites whatever a client sent under that name.
 */
export const CLIENT_IP_HEADER = "x-skilltrail-client-ip";

/** The client's address by the rule above (proxy-addr, Express's "trust proxy" rule). */
export function resolveClientAddress(request: IncomingMessage, trustedProxyHops: number): string | null {
  if (!request.socket?.remoteAddress) return null;
  const address = proxyaddr(request, (_address, hop) => hop < trustedProxyHops);
  return address ? address.slice(0, 64) : null;
}

type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;
const STAMPED = Symbol.for("skilltrail.client-ip-stamped");

/**
 * Sets CLIENT_IP_HEADER on every incoming request of every HTTP(S) server in this process.
 * Called once at start; Next.js creates its server itself, so its prototype is the seam.
 */
export function stampClientAddresses(
  servers: Array<{ prototype: { emit: unknown } }>,
  trustedProxyHops: () => number,
): void {
  for (const server of servers) {
    const original = server.prototype.emit as Emit & { [STAMPED]?: true };
    if (original[STAMPED]) continue;
    const stamped: Emit & { [STAMPED]?: true } = function (this: unknown, event, ...args) {
      if (event === "request") {
        const request = args[0] as IncomingMessage;
        const address = resolveClientAddress(request, trustedProxyHops());
        if (address) request.headers[CLIENT_IP_HEADER] = address;
        else delete request.headers[CLIENT_IP_HEADER];
      }
      return original.call(this, event, ...args);
    };
    stamped[STAMPED] = true;
    server.prototype.emit = stamped;
  }
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/** The address stamped on this request, or null (no server hook ran, e.g. in a unit test). */
export function clientIp(headers: HeaderSource): string | null {
  const value = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers[CLIENT_IP_HEADER];
  const address = (Array.isArray(value) ? value[0] : value)?.trim();
  return address ? address.slice(0, 64) : null;
}
