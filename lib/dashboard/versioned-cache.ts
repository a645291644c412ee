/**
 * A bounded in-process memo for values whose version string names everything they depend on
 * (lib/dashboard/cache.ts): one entry per slot (a learner, a guide), served only while the
 * version asked for is the one stored; a different version computes again and replaces it, so
 * superseded values never pile up. Slots are evicted least recently used first. The pending
 * promise is stored, so concurrent requests for one version compute once; a rejected
 * computation is dropped, never served.
 *
 * A Map keeps insertion order, so re-inserting on each hit makes its first key the least
 * recently used: the whole LRU policy in a few lines, which a dependency would not shorten.
 */
export class VersionedCache<T> {
  private readonly entries = new Map<string, { version: string; value: Promise<T> }>();
  /** Computations run (misses), for tests and diagnostics. */
  misses = 0;

  constructor(private readonly maxEntries: number) {}

  get(slot: string, version: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(slot);
    this.entries.delete(slot);
    if (hit && hit.version === version) {
      this.entries.set(slot, hit);
      return hit.value;
    }
    this.misses += 1;
    const entry = { version, value: compute() };
    this.entries.set(slot, entry);
    entry.value.catch(() => {
      if (this.entries.get(slot) === entry) this.entries.delete(slot);
    });
    while (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
    return entry.value;
  }

  get size(): number {
    return this.entries.size;
  }
}
