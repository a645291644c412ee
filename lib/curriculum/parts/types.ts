import type { FieldDescription } from "@/lib/curriculum/fields";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What the editor knows about one editable part of the curriculum. The generic schema, save,
 * list, order and archive code, the editor pages and the test suites all read these
 * descriptions, and nothing else, so a new part is one file in this folder (plus its
 * migration) and a line in index.ts.
 */

type Reference = { table: string; column: string };

/** A line of an item's summary in the editor's list: `{field}` is replaced by the item's value. */
export type MetaLine = {
  text: string;
  badge?: "neutral" | "brand" | "accent" | "warning";
  testId?: string;
  /** Words for the values of `{field}` (a difficulty, a question's origin). */
  labels?: Readonly<Record<string, string>>;
  /** Only when this value is truthy (e.g. "learnerRecords": learners used the item). */
  when?: string;
  /** At most two lines (a long answer). */
  clamp?: boolean;
};

/** One list of a part shown on its own (a text section, a phase's topics): a fixed scope value. */
export type PartSection = {
  /** The URL segment under the part's route (text sections), or the section's anchor. */
  slug: string;
  title: string;
  /** Values of the part's `fixed` fields for this list. */
  fixed: Record<string, string>;
  /** "topic": "Add a topic", "No topics", "Save topic". */
  singular?: string;
  intro?: string;
};

export type PartDescription = {
  /** The name of the part everywhere: audit actions ("phase.updated"), the `part` and `entity` inputs. */
  key: string;
  /** Its table (also the audit log's entityType). */
  model: Prisma.ModelName;
  /**
   * ordered — items are added, moved, archived or deleted (a list);
   * fixed — a fixed list edited in place (levels: the proficiency model relies on their order);
   * single — one row, the guide itself (settings).
   */
  list: "ordered" | "fixed" | "single";
  /** The row the items belong to: their list scope's first column (a checklist item: a topic or action; a deliverable: its rubric). */
  parent: "guide" | "phase" | "checklistItem" | "deliverable" | null;
  fields: readonly FieldDescription[];
  /** The column that names an item to a person (messages, the audit log, new items' keys). */
  label: string;
  /** New items get a stable key from their label (text items have none). */
  keyed?: boolean;
  /** Values a new item starts with, recorded in its audit row (a new sub-skill weighs 0). */
  createDefaults?: Record<string, string | number>;
  /** Columns read for the editor's list besides the fields (shown in `meta`). */
  extraColumns?: readonly string[];

  // ─── Archive or delete ────────────────────────────────────────────────────
  /** Whether rows have archivedAt. Text items don't: nothing points to them. */
  archivable?: boolean;
  /** Learner rows pointing at the item: any one of them means archive, never delete. */
  learnerRefs?: readonly Reference[];
  /** Curriculum rows with ON DELETE RESTRICT to the item (cascading link rows are not listed). */
  curriculumRefs?: readonly Reference[];
  /** A column that must be 0 before the item may go (a sub-skill's weight). */
  weightColumn?: string;
  /** Fields that may not change once learners used the item (their answers are option numbers). */
  frozenOnceUsed?: { fields: readonly string[]; message: string };
  /** Numeric fields that may not decrease from one item of the list to the next (level thresholds). */
  nonDecreasing?: readonly string[];

  // ─── The editor's pages ───────────────────────────────────────────────────
  /** Under /admin/curriculum/; none for parts edited inside another's page (a phase's topics). */
  route?: string;
  /** Lists shown apart, each with its own fixed values (text sections, a phase's topics and actions). */
  sections?: readonly PartSection[];
  title: string;
  intro?: string;
  /** "Phase" → "Phase added." / "Phase saved." */
  noun: string;
  /** "phases": the index's count and the archived list's heading. */
  plural: string;
  /** "phase": "Add a phase", "Save phase". */
  singular: string;
  addHint?: string;
  /** Overrides of "Add a <singular>" (the card), "Add <singular>" and "Save <singular>" (the buttons). */
  addTitle?: string;
  addLabel?: string;
  saveLabel?: string;
  empty?: string;
  meta?: readonly MetaLine[];
  archivedMeta?: string;
  /** Shown instead of Archive/Delete when the item cannot go yet. */
  refusal?: string;
  /** "Phase {n} · {title}": the item's heading in the list ({n} is its place). */
  itemTitle?: string;
  /** Items have a page of their own at /admin/curriculum/<route>/<id> (a phase with its sections). */
  detailPage?: boolean;
};

export const definePart = <const P extends PartDescription>(part: P): P => part;

/**
 * Most parts are lists whose items are added, moved and archived, each with a stable key: the
 * description then names only what differs (its parent, fields, references, words).
 */
export const orderedPart = <const P extends Omit<PartDescription, "list">>(part: P) =>
  definePart({ list: "ordered", keyed: true, archivable: true, ...part });
