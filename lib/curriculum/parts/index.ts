import { checklistItem } from "@/lib/curriculum/parts/checklist-item";
import { deliverable } from "@/lib/curriculum/parts/deliverable";
import { faq } from "@/lib/curriculum/parts/faq";
import { level } from "@/lib/curriculum/parts/level";
import { phase } from "@/lib/curriculum/parts/phase";
import { project } from "@/lib/curriculum/parts/project";
import { quizPolicy } from "@/lib/curriculum/parts/quiz-policy";
import { quizQuestion } from "@/lib/curriculum/parts/quiz-question";
import { redFlag } from "@/lib/curriculum/parts/red-flag";
import { resource } from "@/lib/curriculum/parts/resource";
import { projectCriterion, rubricCriterion } from "@/lib/curriculum/parts/rubric-criterion";
import { selfCheck } from "@/lib/curriculum/parts/self-check";
import { guideSettings } from "@/lib/curriculum/parts/settings";
import { subSkill } from "@/lib/curriculum/parts/sub-skill";
import { textItem } from "@/lib/curriculum/parts/text-item";
import type { PartDescription, PartSection } from "@/lib/curriculum/parts/types";
import { useCase } from "@/lib/curriculum/parts/use-case";

/**
 * Every editable part of the curriculum, in the editor's order. To add one: describe it in a
 * file of this folder (see types.ts), add it here, and write its migration. The schema, the
 * save / order / archive actions, the list query, the editor page and the authorization and
 * bad-input suites all follow from the description.
 */
export const CURRICULUM_PARTS = [
  guideSettings,
  phase,
  checklistItem,
  resource,
  deliverable,
  rubricCriterion,
  subSkill,
  level,
  quizQuestion,
  quizPolicy,
  selfCheck,
  project,
  projectCriterion,
  textItem,
  faq,
  useCase,
  redFlag,
] as const satisfies readonly PartDescription[];

export type CurriculumPart = (typeof CURRICULUM_PARTS)[number];
export type PartKey = CurriculumPart["key"];
/** Parts whose items are added, moved, archived or deleted (the `entity` of those actions). */
export type OrderedPartKey = Extract<CurriculumPart, { list: "ordered" }>["key"];

export const PART_KEYS = CURRICULUM_PARTS.map((p) => p.key) as [PartKey, ...PartKey[]];
export const ORDERED_PART_KEYS = CURRICULUM_PARTS.filter((p) => p.list === "ordered").map((p) => p.key) as [
  OrderedPartKey,
  ...OrderedPartKey[],
];

const byKey = new Map<string, PartDescription>(CURRICULUM_PARTS.map((p) => [p.key, p]));
export function partOf(key: string): PartDescription {
  const part = byKey.get(key);
  if (!part) throw new Error(`Unknown curriculum part: ${key}`);
  return part;
}

/** One editor page: a part's list (or one section of it) at /admin/curriculum/<route>. */
export type EditorPage = { part: PartDescription; route: string; title: string; section?: PartSection };

/** Pages with a route: parts edited inside another's page (a phase's topics) have none. */
export const EDITOR_PAGES: readonly EditorPage[] = CURRICULUM_PARTS.flatMap((part: PartDescription) => {
  if (!part.route) return [];
  if (!part.sections) return [{ part, route: part.route, title: part.title }];
  return part.sections.map((section) => ({
    part,
    route: `${part.route}/${section.slug}`,
    title: section.title,
    section,
  }));
});

export const editorPage = (route: string) => EDITOR_PAGES.find((page) => page.route === route);

/** "text/faq" is listed under "Text sections" (/admin/curriculum/text), "quiz" on the index. */
export const TEXT_GROUP = { route: "text", title: "Text sections" } as const;
export const inTextGroup = (page: EditorPage) => page.route.startsWith(`${TEXT_GROUP.route}/`);

const PARENT_COLUMN = {
  guide: "guideId",
  phase: "phaseId",
  checklistItem: "itemId",
  deliverable: "deliverableId",
} as const;
/** The input field and column naming the row the part's items belong to. */
export const parentColumn = (part: PartDescription) => (part.parent ? PARENT_COLUMN[part.parent] : null);
/** The columns shared by the rows of one ordered list: its parent's, then its fixed fields. */
export const scopeColumns = (part: PartDescription): string[] => [
  ...(part.parent ? [PARENT_COLUMN[part.parent]] : []),
  ...part.fields.filter((f) => f.fixed).map((f) => f.name),
];
