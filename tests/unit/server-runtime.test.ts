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
    for (const flag of SERVER_V8_FLAGS) {
      expect(startSh).toMatch(new RegExp(`^exec node .*${flag}.* server\\.js$`, "m"));
      expect(npmStart).toContain(flag);
    }
  });

  it("come before the NODE_OPTIONS already set, which they keep", () => {
    expect(serverNodeOptions(undefined)).toBe(SERVER_V8_FLAGS.join(" "));
    expect(serverNodeOptions("  ")).toBe(SERVER_V8_FLAGS.join(" "));
    expect(serverNodeOptions("--import ./hook.mjs")).toBe(`${SERVER_V8_FLAGS.join(" ")} --import ./hook.mjs`);
  });
});
