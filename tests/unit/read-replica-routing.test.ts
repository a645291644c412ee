import { describe, expect, it } from "vitest";
import { chooseReadRoute, parseLsn, readsFromReplica, type ReplicaState } from "@/lib/read-replica/routing";

const replayed = (lsn: string | null): ReplicaState => ({ configured: true, reachable: true, replayedAt: lsn });

describe("parseLsn", () => {
  it("reads pg_lsn text as high and low 32-bit halves", () => {
    expect(parseLsn("0/0")).toBe(0n);
    expect(parseLsn("0/16B3748")).toBe(0x16b3748n);
    expect(parseLsn("16/B374D848")).toBe((0x16n << 32n) | 0xb374d848n);
    expect(parseLsn("ffffffff/FFFFFFFF")).toBe(2n ** 64n - 1n);
  });

  it("compares across the halves, not as text", () => {
    // As text "9/0" > "10/0"; as positions it is the smaller.
    expect(parseLsn("9/FFFFFFFF")! < parseLsn("A/0")!).toBe(true);
    expect(parseLsn("0/A0000000")! > parseLsn("0/9FFFFFFF")!).toBe(true);
  });

  it("refuses anything that is not a position", () => {
    for (const text of [null, undefined, "", "16", "16/", "/1", "1/2/3", "x/1", "123456789/0", "1/0; DROP"]) {
      expect(parseLsn(text)).toBeNull();
    }
  });
});

describe("chooseReadRoute", () => {
  it("reads the primary when no replica is configured, whatever the cookie", () => {
    expect(chooseReadRoute({ configured: false }, null)).toBe("primary");
    expect(chooseReadRoute({ configured: false }, "0/1")).toBe("primary");
  });

  it("reads the primary while the replica is unreachable", () => {
    expect(chooseReadRoute({ configured: true, reachable: false }, null)).toBe("primary");
  });

  it("reads the replica for a viewer with no write on record (or an unreadable cookie)", () => {
    expect(chooseReadRoute(replayed("0/3000000"), null)).toBe("replica");
    expect(chooseReadRoute(replayed("0/3000000"), undefined)).toBe("replica");
    expect(chooseReadRoute(replayed("0/3000000"), "not a position")).toBe("replica");
  });

  it("reads the replica once it has replayed the viewer's write, the primary before", () => {
    expect(chooseReadRoute(replayed("0/3000000"), "0/3000000")).toBe("replica");
    expect(chooseReadRoute(replayed("1/0"), "0/FFFFFFFF")).toBe("replica");
    expect(chooseReadRoute(replayed("0/2FFFFFF"), "0/3000000")).toBe("primary");
    expect(chooseReadRoute(replayed("9/FFFFFFFF"), "A/0")).toBe("primary");
  });

  it("reads the primary for a writer when the replica reports no replay position (not in recovery)", () => {
    expect(chooseReadRoute(replayed(null), "0/1")).toBe("primary");
    expect(chooseReadRoute(replayed(null), null)).toBe("replica");
  });
});

describe("readsFromReplica", () => {
  it("tracks the writes of the roles that have aggregate pages only", () => {
    expect(readsFromReplica("ADMIN")).toBe(true);
    expect(readsFromReplica("MENTOR")).toBe(true);
    expect(readsFromReplica("LEARNER")).toBe(false);
  });
});
