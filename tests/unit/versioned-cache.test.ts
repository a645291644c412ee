import { describe, expect, it } from "vitest";
import { VersionedCache } from "@/lib/dashboard/versioned-cache";

describe("VersionedCache", () => {
  it("serves a slot's value while the version asked for is the stored one, and recomputes on another", async () => {
    const cache = new VersionedCache<string>(10);
    let runs = 0;
    const compute = (value: string) => async () => {
      runs += 1;
      return value;
    };
    expect(await cache.get("ada", "v1", compute("a1"))).toBe("a1");
    expect(await cache.get("ada", "v1", compute("other"))).toBe("a1");
    expect(await cache.get("ada", "v2", compute("a2"))).toBe("a2");
    expect(runs).toBe(2);
    expect(cache.misses).toBe(2);
    // One entry per slot: the superseded version is gone, not kept beside the new one.
    expect(cache.size).toBe(1);
  });

  it("computes once for concurrent requests of one version", async () => {
    const cache = new VersionedCache<number>(10);
    let runs = 0;
    const compute = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return 42;
    };
    expect(await Promise.all([cache.get("s", "v", compute), cache.get("s", "v", compute)])).toEqual([42, 42]);
    expect(runs).toBe(1);
  });

  it("never serves a failed computation", async () => {
    const cache = new VersionedCache<number>(10);
    await expect(cache.get("s", "v", async () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    expect(await cache.get("s", "v", async () => 7)).toBe(7);
  });

  it("evicts the least recently used slot past its size", async () => {
    const cache = new VersionedCache<string>(2);
    await cache.get("a", "1", async () => "a");
    await cache.get("b", "1", async () => "b");
    await cache.get("a", "1", async () => "a again"); // a is now the most recent
    await cache.get("c", "1", async () => "c");
    expect(cache.size).toBe(2);
    expect(await cache.get("a", "1", async () => "recomputed")).toBe("a");
    expect(await cache.get("b", "1", async () => "recomputed")).toBe("recomputed");
  });
});
