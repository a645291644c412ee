import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVER_V8_FLAGS, serverNodeOptions } from "@/scripts/lib/server-runtime";

// The production server's V8 flags live in one constant; the two places that cannot import it
// (the image's start script and `npm start`) must say the same, or the bench would measure a
// server that is not the one deployed.
describe("the server's V8 flags", () => {
  it("are passed by the Docker image's start script and by npm start", () => {
    const startSh = readFileSync("scripts/docker/start.sh", "utf8");
    const npmStart = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts
      .start!;
    // First in NODE_OPTIONS, so a deployment's own NODE_OPTIONS come after and win.
    const flags = SERVER_V8_FLAGS.join(" ");
    expect(startSh).toContain(`\nexport NODE_OPTIONS="${flags} \${NODE_OPTIONS:-}"\nexec node server.js\n`);
    expect(npmStart).toBe(`NODE_OPTIONS="${flags} \${NODE_OPTIONS:-}" next start`);
  });

  it("come before the NODE_OPTIONS already set, which they keep", () => {
    expect(serverNodeOptions(undefined)).toBe(SERVER_V8_FLAGS.join(" "));
    expect(serverNodeOptions("  ")).toBe(SERVER_V8_FLAGS.join(" "));
    expect(serverNodeOptions("--import ./hook.mjs")).toBe(`${SERVER_V8_FLAGS.join(" ")} --import ./hook.mjs`);
  });
});
