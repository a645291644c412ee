import { describe, expect, it } from "vitest";
import { offsetOf, pageCountOf } from "@/lib/paging";

describe("page arithmetic", () => {
  it("counts at least one page and skips whole pages", () => {
    expect([0, 1, 24, 25, 48, 49].map((total) => pageCountOf(total, 24))).toEqual([1, 1, 1, 2, 2, 3]);
    expect([1, 2, 3].map((page) => offsetOf(page, 25))).toEqual([0, 25, 50]);
  });
});
