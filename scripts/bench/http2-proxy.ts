/**
 * The app as it is deployed, for Lighthouse (opt-in: BENCH_LIGHTHOUSE_HTTP2=1): TLS and HTTP/2 to
 * the browser, HTTP/1.1 to `next start` behind, as a load balancer or CDN serves it. Over
 * `next start`'s own HTTP/1.1 the framework's scripts share six connections, and Lighthouse's
 * LCP then depends on a race on this host (docs/performance.md, "Browser speed, December 2026
 * session 6"); through this proxy they share one. The certificate is self-signed, made once with
 * `openssl` under .data/bench/tls; the audited Chromium is told to accept it.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { request, type IncomingHttpHeaders, type OutgoingHttpHeaders } from "node:http";
import { createSecureServer, type ServerHttp2Session } from "node:http2";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";

const TLS_DIR = ".data/bench/tls";

/** Connection-level headers: HTTP/2 forbids them, and they describe one hop, not the message. */
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "upgrade",
  "http2-settings",
  "te",
  "host",
]);

/** A message's end-to-end headers: without HTTP/2's pseudo-headers and every hop-by-hop one. */
export function endToEndHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !name.startsWith(":") && !HOP_BY_HOP.has(name)) out[name] = value;
  }
  return out;
}

async function certificate(): Promise<{ key: Buffer; cert: Buffer }> {
  const key = `${TLS_DIR}/key.pem`;
  const cert = `${TLS_DIR}/cert.pem`;
  if (!existsSync(key) || !existsSync(cert)) {
    await mkdir(TLS_DIR, { recursive: true });
    await promisify(execFile)("openssl", [
      ...["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"],
      ...["-keyout", key, "-out", cert, "-days", "3650", "-subj", "/CN=127.0.0.1"],
      ...["-addext", "subjectAltName=IP:127.0.0.1"],
    ]);
  }
  return { key: await readFile(key), cert: await readFile(cert) };
}

export type Http2Proxy = { baseUrl: string; stop: () => Promise<void> };

/** Listens on a free port of 127.0.0.1 and forwards every request to `upstream` (http://host:port). */
export async function startHttp2Proxy(upstream: string): Promise<Http2Proxy> {
  const target = new URL(upstream);
  const server = createSecureServer({ ...(await certificate()), allowHTTP1: true }, (req, res) => {
    const forwarded = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        // The browser's own host, as a load balancer passes it: Next checks a server action's
        // Origin against it, and refuses the action when they differ.
        headers: {
          ...endToEndHeaders(req.headers),
          host: req.headers[":authority"] ?? req.headers.host,
          "x-forwarded-proto": "https",
        },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, endToEndHeaders(answer.headers));
        answer.pipe(res);
      },
    );
    forwarded.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(forwarded);
  });
  const sessions = new Set<ServerHttp2Session>();
  server.on("session", (session) => {
    sessions.add(session);
    session.once("close", () => sessions.delete(session));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `https://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const session of sessions) session.destroy();
        server.close(() => resolve());
      }),
  };
}
