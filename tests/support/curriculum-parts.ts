import type { FieldDescription } from "@/lib/curriculum/fields";
import { parentColumn } from "@/lib/curriculum/parts";
import type { PartDescription } from "@/lib/curriculum/parts/types";
import { sharedFixtureGuide, type FixtureGuide } from "./curriculum";
import { seededGuide, testDb } from "./db";

/**
 * Test inputs of the curriculum's one save action, derived from the part descriptions
 * (lib/curriculum/parts) like the action itself: the authorization matrix and the bad-input
 * suite give every part its rule and its spec from here, so a new part is covered without a
 * line of test code.
 */

type Row = Record<string, unknown>;
type Finder = { findFirst(args: object): Promise<Row | null> };
const model = (name: string) =>
  (testDb() as unknown as Record<string, Finder>)[name.charAt(0).toLowerCase() + name.slice(1)]!;

function validValue(field: FieldDescription, guide: FixtureGuide): unknown {
  switch (field.input) {
    case "text":
    case "textarea":
      return `Matrix ${field.label}`.slice(0, field.max);
    case "lines":
      return "A line";
    case "url":
      return "https://example.com/matrix";
    case "number":
      return field.min;
    case "choice":
      return field.options[0]!.value;
    case "subSkill":
      return guide.subSkills[0]!.id;
    case "subSkills":
      return [guide.subSkills[0]!.id];
    case "options":
      return ["Yes", "No"];
    case "correctOption":
      return 0;
  }
}

/**
 * A valid input on the shared fixture guide (never the seeded one): a new item for an ordered
 * part; for a fixed list (levels) its second item and for the guide itself, saved as they are.
 */
export async function validPartInput(part: PartDescription): Promise<Row> {
  const guide = await sharedFixtureGuide();
  const input: Row = { part: part.key };
  const parent = parentColumn(part);
  if (parent === "guideId") input.guideId = guide.id;
  if (parent === "phaseId") input.phaseId = guide.phases[0]!.id;
  if (parent === "itemId") input.itemId = guide.phases[0]!.checklistItems[0]!.id;
  if (parent === "deliverableId") input.deliverableId = guide.phases[0]!.deliverables[0]!.id;
  if (part.list === "ordered") {
    for (const field of part.fields) input[field.name] = validValue(field, guide);
    return input;
  }
  const select = Object.fromEntries(["id", ...part.fields.map((f) => f.name)].map((name) => [name, true]));
  const row =
    part.list === "single"
      ? await model(part.model).findFirst({ where: { id: guide.id }, select })
      : await model(part.model).findFirst({
          where: { guideId: guide.id },
          orderBy: { position: "asc" },
          skip: 1,
          select,
        });
  return { ...input, ...row };
}

/**
 * Values naming another guide's rows (the seeded guide's), which an input scoped to the fixture
 * guide must refuse: the item itself, and the sub-skills it names.
 */
export async function foreignPartValues(part: PartDescription): Promise<Row> {
  const seeded = await seededGuide();
  const foreign: Row = {};
  const parent = parentColumn(part);
  if (parent) {
    const where =
      parent === "guideId"
        ? { guideId: seeded.id }
        : parent === "itemId"
          ? { item: { phase: { guideId: seeded.id } } }
          : parent === "deliverableId"
            ? { deliverable: { phase: { guideId: seeded.id } } }
            : { phase: { guideId: seeded.id } };
    const row = await model(part.model).findFirst({ where, select: { id: true } });
    if (row) foreign.id = row.id;
  }
  for (const field of part.fields) {
    if (field.input === "subSkill") foreign[field.name] = seeded.subSkills[0]!.id;
    if (field.input === "subSkills") foreign[field.name] = [seeded.subSkills[0]!.id];
  }
  return foreign;
}
