import { describe, expect, it } from "vitest";
import { reportSummary } from "@/lib/cohorts/bulk-report";
import { parseMemberList } from "@/lib/cohorts/member-list";

const entries = (text: string) => {
  const result = parseMemberList(text);
  if (!result.ok) throw new Error(result.error);
  return result.entries;
};

describe("parseMemberList", () => {
  it("reads one address per line, lower-cased, numbered by line, blank lines skipped", () => {
    expect(entries("Ada@Example.com\r\n\r\n  grace@example.com  \n")).toEqual([
      { line: 1, text: "ada@example.com", email: "ada@example.com" },
      { line: 3, text: "grace@example.com", email: "grace@example.com" },
    ]);
  });

  it("reads a CSV's email column (header in any case, a byte-order mark first), quoted cells included", () => {
    expect(entries('\uFEFFName,E-mail,Team\n"Lovelace, Ada",ada@example.com,A\nBob,,B\n')).toEqual([
      { line: 2, text: "ada@example.com", email: "ada@example.com" },
      { line: 3, text: "Bob, B", problem: "invalid" },
    ]);
  });

  it("takes addresses out of 'Name <email>', comma-separated lists and mail-client quotes", () => {
    expect(entries('"Grace Hopper" <grace@example.com>\nada@example.com, alan@example.com')).toEqual([
      { line: 1, text: "grace@example.com", email: "grace@example.com" },
      { line: 2, text: "ada@example.com", email: "ada@example.com" },
      { line: 2, text: "alan@example.com", email: "alan@example.com" },
    ]);
  });

  it("reports lines that hold no address and repeats of an earlier line", () => {
    expect(entries("garbage here\nnope@\nada@example.com\nADA@example.com")).toEqual([
      { line: 1, text: "garbage here", problem: "invalid" },
      { line: 2, text: "nope@", problem: "invalid" },
      { line: 3, text: "ada@example.com", email: "ada@example.com" },
      { line: 4, text: "ada@example.com", problem: "duplicate", firstLine: 3 },
    ]);
    expect(entries("x".repeat(300))[0]!.text).toHaveLength(118);
  });

  it("refuses a list with no entries or more than 500", () => {
    expect(parseMemberList("email\n,,\n")).toEqual({
      ok: false,
      error: "The list has no email addresses. Paste one per line, or choose a CSV file.",
    });
    const many = Array.from({ length: 501 }, (_, i) => `p${i}@example.com`).join("\n");
    expect(parseMemberList(many)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^The list has 501 entries/),
    });
    expect(entries(many.split("\n").slice(0, 500).join("\n"))).toHaveLength(500);
  });
});

describe("reportSummary", () => {
  it("counts each outcome in the order first seen", () => {
    const line = (outcome: Parameters<typeof reportSummary>[0][number]["outcome"]) => ({
      line: 1,
      entry: "x",
      outcome,
      detail: "",
    });
    expect(reportSummary([line("added"), line("invited"), line("invalid"), line("added")])).toBe(
      "4 entries: 2 added, 1 invited, 1 not an email address.",
    );
    expect(reportSummary([line("already-member")])).toBe("1 entry: 1 already a member.");
  });
});
