import "server-only";
import { isColumn } from "@/lib/curriculum/fields";
import { EDITOR_PAGES, partOf, type EditorPage } from "@/lib/curriculum/parts";
import type { PartDescription } from "@/lib/curriculum/parts/types";
import { removalDecision, type RemovalDecision } from "@/lib/curriculum/rules";
import { modelClient, table, usageColumns } from "@/lib/curriculum/sql";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_GUIDE_SLUG } from "@/lib/guides/default-guide";

/**
 * Reads for the curriculum editor (admin pages guard before calling them), generic over the
 * part descriptions. Every list comes back in the editor's order, archived items included (the
 * pages show them apart, with Restore), each with `removal`: what "Remove" would do to it, from
 * COUNTs done in SQL.
 */

/**
 * The guide the editor works on: `slug` from the page's `?guide=` (any status: drafts are filled
 * here before they are published), the default guide when none is named.
 */
export async function getEditorGuide(slug: string | undefined = DEFAULT_GUIDE_SLUG) {
  return db().guide.findUnique({
    where: { slug: slug || DEFAULT_GUIDE_SLUG },
    select: { id: true, slug: true, title: true, status: true },
  });
}

/** Every guide, for the editor's guide selector: not archived, drafts included. */
export async function listEditorGuides() {
  return db().guide.findMany({
    where: { status: { not: "ARCHIVED" } },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: { slug: true, title: true, status: true },
  });
}
export type EditorGuide = NonNullable<Awaited<ReturnType<typeof getEditorGuide>>>;

export type EditorItem = {
  id: string;
  archivedAt: Date | null;
  /** The fields' values (sub-skill lists included) and the part's extra columns. */
  values: Record<string, unknown>;
  learnerRecords: number;
  curriculumReferences: number;
  removal: RemovalDecision["kind"];
};

/**
 * One list of a part: the items whose scope columns hold `scope` (e.g. { guideId } or { phaseId, kind }),
 * or, given a relation filter, several lists at once (a phase's resources: { item: { phaseId } }).
 */
export async function listItems(part: PartDescription, scope: Record<string, unknown>): Promise<EditorItem[]> {
  const columns = [...part.fields.filter(isColumn).map((f) => f.name), ...(part.extraColumns ?? [])];
  const select = Object.fromEntries(
    ["id", ...(part.archivable ? ["archivedAt"] : []), ...columns].map((c) => [c, true]),
  );
  const rows = await modelClient(db(), part.model).findMany({
    where: scope,
    select,
    ...(part.list === "single" ? {} : { orderBy: { position: "asc" } }),
  });
  const ids = rows.map((row) => String(row.id));
  if (ids.length === 0) return [];
  const usage = await db().$queryRaw<Array<{ id: string; learnerRecords: number; curriculumReferences: number }>>`
    SELECT t.id, ${usageColumns(part, Prisma.raw("t.id"))} FROM ${table(part.model)} t WHERE t.id IN (${Prisma.join(ids)})`;
  const usageOf = new Map(usage.map((u) => [u.id, u]));
  for (const field of part.fields) {
    if (field.input !== "subSkills") continue;
    const links = await modelClient(db(), field.link.model).findMany({
      where: { [field.link.owner]: { in: ids } },
      select: { [field.link.owner]: true, subSkillId: true },
    });
    for (const row of rows)
      row[field.name] = links.filter((l) => l[field.link.owner] === row.id).map((l) => l.subSkillId);
  }
  return rows.map(({ id, archivedAt, ...values }) => {
    const counts = usageOf.get(String(id)) ?? { learnerRecords: 0, curriculumReferences: 0 };
    const weightPercent = part.weightColumn ? Number(values[part.weightColumn]) : undefined;
    return {
      id: String(id),
      archivedAt: (archivedAt as Date | null | undefined) ?? null,
      values,
      learnerRecords: counts.learnerRecords,
      curriculumReferences: counts.curriculumReferences,
      removal: removalDecision({ ...counts, archivable: part.archivable ?? false, weightPercent }).kind,
    };
  });
}

/** Every sub-skill of the guide, active first: forms offer the active ones, lists name all. */
export async function subSkillChoices(guideId: string) {
  return db().subSkill.findMany({
    where: { guideId },
    orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { position: "asc" }],
    select: { id: true, name: true, archivedAt: true },
  });
}
export type SubSkillChoice = Awaited<ReturnType<typeof subSkillChoices>>[number];

const needsSubSkills = (part: PartDescription) =>
  part.fields.some((f) => f.input === "subSkill" || f.input === "subSkills");

/** What an editor page shows: its part's items (the guide itself for settings), and the sub-skills its forms offer. */
export async function loadEditorPage(guideId: string, page: EditorPage) {
  const { part } = page;
  const scope: Record<string, string> = part.parent === null ? { id: guideId } : { guideId, ...page.section?.fixed };
  const [items, subSkills] = await Promise.all([
    listItems(part, scope),
    needsSubSkills(part) ? subSkillChoices(guideId) : Promise.resolve([]),
  ]);
  return { items, subSkills };
}

/** One phase with its topics, actions and deliverables, and the sub-skills deliverables can name. */
export async function getPhaseEditor(phaseId: string) {
  const phase = await db().phase.findUnique({
    where: { id: phaseId },
    select: { id: true, guideId: true, position: true, archivedAt: true },
  });
  if (!phase) return null;
  const [details] = await listItems(partOf("phase"), { id: phaseId });
  const children = EDITOR_CHILDREN.map((key) => partOf(key));
  const [lists, resources, criteria] = await Promise.all([
    Promise.all(children.map((part) => listItems(part, { phaseId }))),
    // Every resource of the phase's topics and actions in one read; the page groups them by item.
    listItems(partOf("resource"), { item: { phaseId } }),
    // Likewise every rubric criterion of the phase's deliverables, grouped by deliverable.
    listItems(partOf("rubricCriterion"), { deliverable: { phaseId } }),
  ]);
  return {
    ...phase,
    values: details!.values,
    lists: children.map((part, i) => ({ part, items: lists[i]! })),
    resources,
    criteria,
    subSkills: await subSkillChoices(phase.guideId),
  };
}
export type PhaseEditor = NonNullable<Awaited<ReturnType<typeof getPhaseEditor>>>;
/** The parts that belong to a phase, shown on its page. */
const EDITOR_CHILDREN = ["checklistItem", "deliverable"] as const;

/** What the editor's index shows of each page: how many active items it holds. */
export async function getCurriculumSummary(guideId: string): Promise<Record<string, number>> {
  const listed = EDITOR_PAGES.filter((page) => page.part.parent === "guide");
  const counts = await Promise.all(
    listed.map(({ part, section }) =>
      modelClient(db(), part.model).count({
        where: { guideId, ...section?.fixed, ...(part.archivable ? { archivedAt: null } : {}) },
      }),
    ),
  );
  return Object.fromEntries(listed.map((page, i) => [page.route, counts[i]!]));
}
