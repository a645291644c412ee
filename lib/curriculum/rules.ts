/**
 * Pure rules of the curriculum editor: no I/O, shared by the server (which enforces them) and
 * the client leaves (which preview them), and unit-tested in tests/unit/curriculum-rules.test.ts.
 */

// ─── Sub-skill weights ──────────────────────────────────────────────────────

export const WEIGHT_TOTAL = 100;

/** Sum of the weights; anything that is not a finite number counts as 0 (a half-typed field). */
export function weightSum(weights: readonly number[]): number {
  return weights.reduce((sum, weight) => sum + (Number.isFinite(weight) ? weight : 0), 0);
}

/** The message a weights form shows and the server returns, or null when the weights fit. */
export function weightSumProblem(weights: readonly number[]): string | null {
  const sum = weightSum(weights);
  return sum === WEIGHT_TOTAL ? null : `Weights must add up to ${WEIGHT_TOTAL} (now ${sum})`;
}

// ─── Order ──────────────────────────────────────────────────────────────────

export type Direction = "up" | "down";

/** The list with `id` swapped with its neighbour; null when it is already at that end (or absent). */
export function moveInOrder<T>(ids: readonly T[], id: T, direction: Direction): T[] | null {
  const from = ids.indexOf(id);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const next = [...ids];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

export type Positioned = { id: string; position: number; archived?: boolean };

/**
 * The canonical order of a list: active items by position, then archived ones by position
 * (ties broken by id, so the result never depends on how the database returned the rows).
 * Active items therefore always hold positions 0…n-1, and "phase 2" is position 1.
 */
export function canonicalOrder(items: readonly Positioned[]): string[] {
  const byPosition = (a: Positioned, b: Positioned) =>
    a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const active = items.filter((item) => !item.archived).sort(byPosition);
  const archived = items.filter((item) => item.archived).sort(byPosition);
  return [...active, ...archived].map((item) => item.id);
}

export type PositionChange = { id: string; from: number; to: number };

/**
 * The writes that give `order` positions 0…n-1: only rows whose position changes. Because
 * every position comes from an index in one list of distinct ids, two rows can never end up
 * sharing a position. Throws if `order` is not exactly the ids of `items` (a stale list).
 */
export function positionChanges(items: readonly Positioned[], order: readonly string[]): PositionChange[] {
  const current = new Map(items.map((item) => [item.id, item.position]));
  if (order.length !== items.length || new Set(order).size !== order.length || order.some((id) => !current.has(id))) {
    throw new Error("The order must list every item of the list exactly once.");
  }
  return order.flatMap((id, to) => {
    const from = current.get(id)!;
    return from === to ? [] : [{ id, from, to }];
  });
}

/** Moves one active item up or down; the archived tail keeps its place. Null when it cannot move. */
export function planMove(items: readonly Positioned[], id: string, direction: Direction): PositionChange[] | null {
  const order = canonicalOrder(items);
  const activeCount = items.filter((item) => !item.archived).length;
  const moved = moveInOrder(order.slice(0, activeCount), id, direction);
  if (!moved) return null;
  return positionChanges(items, [...moved, ...order.slice(activeCount)]);
}

/** Renumbers a list after an item was added, archived, restored or deleted. */
export function planNormalize(items: readonly Positioned[]): PositionChange[] {
  return positionChanges(items, canonicalOrder(items));
}

// ─── Delete or archive ──────────────────────────────────────────────────────

export type RemovalUsage = {
  /** Learner rows pointing at the item (time entries, checklist progress, submissions …). */
  learnerRecords: number;
  /** Other curriculum rows that must not lose it (a phase's topics, a sub-skill's questions …). */
  curriculumReferences: number;
  /** Archiving is possible at all (levels and text items have no archived state). */
  archivable: boolean;
  /** A sub-skill's weight: it must be 0 first, or the remaining weights would not add up. */
  weightPercent?: number;
};

export type RemovalDecision =
  { kind: "delete" } | { kind: "archive"; reason: string } | { kind: "refuse"; reason: string };

/**
 * An item learner records point to is archived, never deleted, so their history keeps its
 * meaning; an item other curriculum rows hang on is archived too (deleting it would orphan
 * them). Anything else is unused and may go for good.
 */
export function removalDecision(usage: RemovalUsage): RemovalDecision {
  if (usage.weightPercent !== undefined && usage.weightPercent > 0) {
    return {
      kind: "refuse",
      reason: `Set its weight to 0 first (now ${usage.weightPercent}), so the other weights still add up to ${WEIGHT_TOTAL}.`,
    };
  }
  const inUse = usage.learnerRecords > 0 || usage.curriculumReferences > 0;
  if (!inUse) return { kind: "delete" };
  if (!usage.archivable) return { kind: "refuse", reason: "It is still in use, and it cannot be archived." };
  return {
    kind: "archive",
    reason:
      usage.learnerRecords > 0
        ? `Learner records point to it (${usage.learnerRecords}), so it is archived and their history stays.`
        : "Other curriculum items belong to it, so it is archived rather than deleted.",
  };
}

// ─── Thresholds along a list ────────────────────────────────────────────────

export type Threshold = { name: string; what: string };

/**
 * Field errors for thresholds that would fall below the item before or rise above the item
 * after (levels: a learner is placed at the highest level whose every threshold is met, so a
 * later level asking for less would never be reached as intended). Empty when all fit.
 */
export function thresholdProblems(
  values: Readonly<Record<string, unknown>>,
  neighbours: { before?: Readonly<Record<string, unknown>>; after?: Readonly<Record<string, unknown>> },
  thresholds: readonly Threshold[],
  noun = "level",
): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  for (const { name, what } of thresholds) {
    const value = Number(values[name]);
    const low = neighbours.before ? Number(neighbours.before[name]) : -Infinity;
    const high = neighbours.after ? Number(neighbours.after[name]) : Infinity;
    const label = what.charAt(0).toUpperCase() + what.slice(1);
    if (value < low) problems[name] = [`${label} must be at least ${low}, as in the ${noun} before.`];
    else if (value > high) problems[name] = [`${label} must be at most ${high}, as in the ${noun} after.`];
  }
  return problems;
}

// ─── Keys and text ──────────────────────────────────────────────────────────

/**
 * A stable key for a new item (keys never change afterwards, so renaming a title is safe):
 * the title's words, lower-case and dash-joined, plus a random suffix that keeps two items
 * with the same title apart. Matches the guide schema's key format.
 */
export function keyFromTitle(title: string, suffix: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "") // é → e once the accent is split off
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  const tail = suffix.toLowerCase().replace(/[^a-z0-9]/g, "") || "x";
  return `${words || "item"}-${tail}`;
}

/** A textarea's lines as a list: trimmed, blank lines dropped. */
export function parseLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
