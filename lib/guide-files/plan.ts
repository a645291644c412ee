import type { StoredGuide, TextSectionKind } from "@/lib/guide-files/stored";
import { LEVEL_REQUIREMENT_KEYS } from "@/lib/guides/guide-schema";

/**
 * What importing a guide file over a guide changes, list by list, worked out before anything is
 * written, so the preview shows exactly what saving does. Items are matched by key, then by
 * their title (a file from copied text carries keys derived from titles, the stored guide may
 * have others); matched items whose fields differ are changed, unmatched incoming items are
 * added, unmatched stored items are archived (never deleted: learners' records point to them).
 * An incoming item matching an archived one brings it back. Pure: the caller reads and writes.
 */

export type Values = Record<string, unknown>;
/** A stored row: its id, whether it is archived, and its values in the stored form (sub-skills by key). */
export type Row = { id: string; key: string; archived: boolean; values: Values };
/** `unset`: fields the file left out (filled by a default): compared with nothing, never overwritten. */
export type Incoming = { key: string; values: Values; unset?: string[] };

export type ListName =
  | "subSkills"
  | "phases"
  | "topics"
  | "actions"
  | "deliverables"
  | "levels"
  | "quiz"
  | "selfChecks"
  | "projects"
  | "useCases"
  | "redFlags"
  | "faqs";

export type ListPlan = {
  list: ListName;
  added: Incoming[];
  matched: Array<{ existing: Row; incoming: Incoming; changed: string[]; restored: boolean }>;
  /** Stored items the file no longer has: archived, or kept where a list cannot archive (levels). */
  removed: Row[];
};

export type CurrentGuide = {
  id: string;
  slug: string;
  fields: Values;
  lists: Record<Exclude<ListName, "topics" | "actions" | "deliverables">, Row[]>;
  /** By phase id. */
  phaseItems: Record<string, Record<"topics" | "actions" | "deliverables", Row[]>>;
  sections: Record<TextSectionKind, string[]>;
};

export type ImportPlan = {
  guideFields: string[];
  lists: ListPlan[];
  /** Per incoming phase (by index): its items' plans; a new phase's items are all added. */
  phaseItems: Array<Record<"topics" | "actions" | "deliverables", ListPlan>>;
  sections: Array<{ kind: TextSectionKind; before: string[]; after: string[] }>;
};

export const LABEL_FIELD: Record<ListName, string> = {
  subSkills: "name",
  phases: "title",
  topics: "title",
  actions: "title",
  deliverables: "title",
  levels: "name",
  quiz: "prompt",
  selfChecks: "prompt",
  projects: "title",
  useCases: "title",
  redFlags: "text",
  faqs: "question",
};

const GUIDE_FIELDS = ["title", "category", "tagline", "overview", "keyCharacteristics", "reviewWindowDays"] as const;

/** The file's lists as keyed values, positions included. */
export function incomingLists(guide: StoredGuide) {
  const withPosition = <T extends { key: string; defaulted?: string[] }>(
    items: readonly T[],
    omit: readonly string[] = [],
  ): Incoming[] =>
    items.map(({ key, defaulted, ...rest }, position) => ({
      key,
      values: { ...Object.fromEntries(Object.entries(rest).filter(([name]) => !omit.includes(name))), position },
      ...(defaulted
        ? { unset: defaulted.flatMap((name) => (name === "requirements" ? [...LEVEL_REQUIREMENT_KEYS] : [name])) }
        : {}),
    }));
  return {
    lists: {
      subSkills: withPosition(guide.subSkills),
      phases: withPosition(guide.phases, ["topics", "actions", "deliverables"]),
      levels: withPosition(guide.levels.map(({ requirements, ...l }) => ({ ...l, ...requirements }))),
      quiz: withPosition(guide.quiz),
      selfChecks: withPosition(guide.selfChecks),
      projects: withPosition(guide.projects),
      useCases: withPosition(guide.useCases),
      redFlags: withPosition(guide.redFlags),
      faqs: withPosition(guide.faqs),
    },
    phaseItems: guide.phases.map((p) => ({
      topics: withPosition(p.topics),
      actions: withPosition(p.actions),
      deliverables: withPosition(p.deliverables),
    })),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const normal = (text: unknown) =>
  String(text ?? "")
    .trim()
    .toLowerCase();

export function planList(list: ListName, existing: readonly Row[], incoming: readonly Incoming[]): ListPlan {
  const label = LABEL_FIELD[list];
  const unmatched = new Map(existing.map((row) => [row.id, row]));
  const pairs = new Map<Incoming, Row>();
  for (const item of incoming) {
    const row = [...unmatched.values()].find((r) => r.key === item.key);
    if (!row) continue;
    pairs.set(item, row);
    unmatched.delete(row.id);
  }
  // By title, then (FAQ entries whose question the copy lost) by the answer.
  for (const field of [label, ...(list === "faqs" ? ["answer"] : [])])
    for (const item of incoming) {
      if (pairs.has(item)) continue;
      const row = [...unmatched.values()].find((r) => normal(r.values[field]) === normal(item.values[field]));
      if (!row) continue;
      pairs.set(item, row);
      unmatched.delete(row.id);
    }
  const plan: ListPlan = { list, added: [], matched: [], removed: [] };
  for (const item of incoming) {
    const row = pairs.get(item);
    if (!row) {
      plan.added.push(item);
      continue;
    }
    const changed = Object.keys(item.values).filter(
      (name) => !item.unset?.includes(name) && !same(row.values[name], item.values[name]),
    );
    plan.matched.push({ existing: row, incoming: item, changed, restored: row.archived });
  }
  plan.removed = [...unmatched.values()].filter((row) => !row.archived);
  return plan;
}

/** The plan for `guide` over `current` (null: a new guide, where everything is added). */
export function planImport(current: CurrentGuide | null, guide: StoredGuide): ImportPlan {
  const incoming = incomingLists(guide);
  const rows = (list: keyof CurrentGuide["lists"]) => current?.lists[list] ?? [];
  // A file whose quiz questions have no options (a page's text) leaves a stored quiz alone.
  const keepQuiz = current !== null && guide.defaulted?.includes("quizQuestions");
  const lists = (Object.keys(incoming.lists) as Array<keyof typeof incoming.lists>).map((list): ListPlan =>
    list === "quiz" && keepQuiz
      ? { list, added: [], matched: [], removed: [] }
      : planList(list, rows(list), incoming.lists[list]),
  );
  const phasePlan = lists.find((l) => l.list === "phases")!;
  const phaseItems = guide.phases.map((_, index) => {
    const item = incoming.lists.phases[index]!;
    const match = phasePlan.matched.find((m) => m.incoming === item);
    const stored = match ? current?.phaseItems[match.existing.id] : undefined;
    const items = incoming.phaseItems[index]!;
    return {
      topics: planList("topics", stored?.topics ?? [], items.topics),
      actions: planList("actions", stored?.actions ?? [], items.actions),
      deliverables: planList("deliverables", stored?.deliverables ?? [], items.deliverables),
    };
  });
  return {
    guideFields: current
      ? GUIDE_FIELDS.filter((name) => !guide.defaulted?.includes(name) && !same(current.fields[name], guide[name]))
      : [],
    lists,
    phaseItems,
    sections: (Object.keys(guide.sections) as TextSectionKind[]).map((kind) => ({
      kind,
      before: current?.sections[kind] ?? [],
      after: guide.sections[kind],
    })),
  };
}

// ─── What the preview shows ────────────────────────────────────────────────

export type SectionChanges = { section: string; added: string[]; changed: string[]; archived: string[] };

const SECTION_NAMES: Record<ListName, string> = {
  subSkills: "Sub-skills",
  phases: "Phases",
  topics: "Key topics",
  actions: "Recommended actions",
  deliverables: "Deliverables",
  levels: "Levels",
  quiz: "Quiz questions",
  selfChecks: "Self-check questions",
  projects: "Portfolio projects",
  useCases: "Use cases",
  redFlags: "Red flags",
  faqs: "FAQ",
};

const shorten = (text: unknown) => {
  const s = String(text ?? "");
  return s.length > 100 ? `${s.slice(0, 97).trimEnd()}…` : s;
};

/** Per section, the names of what is added, changed (with the fields) and archived; unchanged sections left out. */
export function summarizePlan(plan: ImportPlan): SectionChanges[] {
  const describe = (plan: ListPlan, section: string): SectionChanges => {
    const label = LABEL_FIELD[plan.list];
    const shown = (changed: string[]) => changed.filter((name) => name !== "position" || plan.list === "phases");
    return {
      section,
      added: plan.added.map((item) => shorten(item.values[label])),
      changed: plan.matched
        .filter((m) => m.restored || shown(m.changed).length > 0)
        .map((m) => {
          const what = [...(m.restored ? ["back in the guide"] : []), ...shown(m.changed)];
          return `${shorten(m.incoming.values[label])} (${what.join(", ")})`;
        }),
      archived: plan.removed.map((row) =>
        plan.list === "levels"
          ? `${shorten(row.values[label])} (kept: levels are never removed)`
          : shorten(row.values[label]),
      ),
    };
  };
  const out: SectionChanges[] = [];
  if (plan.guideFields.length > 0)
    out.push({ section: "Guide", added: [], changed: [`Overview (${plan.guideFields.join(", ")})`], archived: [] });
  for (const list of plan.lists) {
    out.push(describe(list, SECTION_NAMES[list.list]));
    if (list.list === "phases") {
      plan.phaseItems.forEach((items, index) => {
        for (const name of ["topics", "actions", "deliverables"] as const)
          out.push(describe(items[name], `Phase ${index + 1}: ${SECTION_NAMES[name]}`));
      });
    }
  }
  for (const { kind, before, after } of plan.sections) {
    if (same(before, after)) continue;
    out.push({
      section: `Text: ${kind.toLowerCase().replaceAll("_", " ")}`,
      added: after.filter((t) => !before.includes(t)).map(shorten),
      changed: [],
      archived: before.filter((t) => !after.includes(t)).map(shorten),
    });
  }
  return out.filter((s) => s.added.length + s.changed.length + s.archived.length > 0);
}
