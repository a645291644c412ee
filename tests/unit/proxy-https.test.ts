import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";

// Served over https: NEXTAUTH_URL says so (read once, when the environment is first parsed).
vi.stubEnv("DATABASE_URL", process.env.DATABASE_URL ?? "postgresql://user:pass@localhost:5432/db");
vi.stubEnv("NEXTAUTH_URL", "https://skilltrail.example");
const { proxy } = await import("@/proxy");

const HSTS = "max-age=31536000; includeSubDomains";

describe("proxy over https (issue 14)", () => {
  it("sends HSTS on every kind of answer: pages, redirects and refusals", async () => {
    const answers = await Promise.all([
      proxy(new NextRequest("https://skilltrail.example/")),
      proxy(new NextRequest("https://skilltrail.example/dashboard")),
      proxy(new NextRequest("https://skilltrail.example/x%00")),
      proxy(new NextRequest("https://skilltrail.example/hours", { method: "POST", headers: { "next-action": "a" } })),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 307, 400, 403]);
    for (const answer of answers) expect(answer.headers.get("strict-transport-security")).toBe(HSTS);
    expect(answers[0]!.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});
