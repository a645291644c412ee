import { describe, expect, it } from "vitest";
import { cn } from "@/lib/ui/cn";

describe("cn", () => {
  it("joins class names with single spaces", () => {
    expect(cn("a", "b", "c")).toBe("a b c");
  });

  it("skips falsy values produced by conditionals", () => {
    const off = false as boolean;
    expect(cn("a", off && "b", null, undefined, "", 0, "c")).toBe("a c");
  });

  it("flattens arrays and keeps object keys whose value is truthy", () => {
    expect(cn(["a", ["b", false && "x"]], { c: true, d: false, e: undefined })).toBe("a b c");
  });

  it("normalises stray whitespace inside strings", () => {
    expect(cn("a b", "\tc\n")).toBe("a b c");
  });

  it("returns an empty string when nothing is truthy", () => {
    expect(cn()).toBe("");
    expect(cn(false, null, undefined)).toBe("");
  });
});
