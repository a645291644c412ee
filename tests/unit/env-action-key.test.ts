import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isAesKeyBase64 } from "@/lib/env";

describe("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY's shape", () => {
  it("takes base64 of an AES-128, -192 or -256 key, as `openssl rand -base64 32` prints", () => {
    for (const bytes of [16, 24, 32]) expect(isAesKeyBase64(randomBytes(bytes).toString("base64"))).toBe(true);
  });

  it("refuses other lengths, base64url, and text that is not base64", () => {
    expect(isAesKeyBase64(randomBytes(31).toString("base64"))).toBe(false);
    expect(isAesKeyBase64(randomBytes(64).toString("base64"))).toBe(false);
    expect(isAesKeyBase64("not a key at all")).toBe(false);
    expect(isAesKeyBase64("")).toBe(false);
    // Next decodes with atob, which knows no "-" or "_".
    const urlSafe = Buffer.from(Array(32).fill(0xfb)).toString("base64url");
    expect(isAesKeyBase64(urlSafe)).toBe(false);
  });
});
