import { z } from "zod";
import { fieldSchema, id, optionalId, wholeNumber } from "@/lib/curriculum/fields";
import {
  CURRICULUM_PARTS,
  ORDERED_PART_KEYS,
  parentColumn,
  type PartKey,
  type OrderedPartKey,
} from "@/lib/curriculum/parts";
import type { PartDescription } from "@/lib/curriculum/parts/types";
import { weightSumProblem } from "@/lib/curriculum/rules";

/**
 * The editor's zod schemas, shared by the forms and the server actions. A part's schema is
 * built from its description: `part` names it, `id` is the item's (absent on an "add" form),
 * the parent's id (guideId or phaseId) scopes every read and write, then one entry per field.
 */

export function partSchema(part: PartDescription) {
  const shape: Record<string, z.ZodType> = { part: z.literal(part.key), id: part.list === "ordered" ? optionalId : id };
  const parent = parentColumn(part);
  if (parent) shape[parent] = id;
  for (const field of part.fields) shape[field.name] = fieldSchema(field);
  const object = z.object(shape);
  const names = new Set(part.fields.map((f) => f.input));
  if (!names.has("options") || !names.has("correctOption")) return object;
  return object.refine((q) => (q.correctOption as number) < (q.options as unknown[]).length, {
    path: ["correctOption"],
    error: "Choose the correct option.",
  });
}

/** Saving any part's item: the description named by `part` decides the rest of the input. */
export const saveItemSchema = z.discriminatedUnion(
  "part",
  CURRICULUM_PARTS.map(partSchema) as unknown as [z.ZodObject, ...z.ZodObject[]],
  { error: (issue) => (issue.code === "invalid_union" ? "Choose what to edit." : undefined) },
);
/** What the save action hands on: the part, the item's id when it exists, and the fields' values. */
export type SaveItemInput = { part: PartKey; id?: string } & Record<string, unknown>;

// ─── Sub-skill weights ──────────────────────────────────────────────────────

const weightPercent = wholeNumber("each weight", 0, 100);

/** Weights are saved together: the set must add up to 100, whatever the form showed. */
export const subSkillWeightsSchema = z
  .object({
    guideId: id,
    weights: z
      .array(z.object({ id, weightPercent }), { error: "Send the weights as a list." })
      .min(1, { error: "There are no sub-skills to weigh." })
      .max(50)
      .refine((ws) => new Set(ws.map((w) => w.id)).size === ws.length, {
        error: "Each sub-skill can be weighed once.",
      }),
  })
  .superRefine(({ weights }, ctx) => {
    const problem = weightSumProblem(weights.map((w) => w.weightPercent));
    if (problem) ctx.addIssue({ code: "custom", path: [], message: problem });
  });
export type SubSkillWeightsInput = z.infer<typeof subSkillWeightsSchema>;

// ─── Order, archive, restore: any ordered part ──────────────────────────────

export const curriculumEntitySchema = z.enum(ORDERED_PART_KEYS, { error: "Unknown kind of item." });

export const moveItemSchema = z.object({
  entity: curriculumEntitySchema,
  id,
  direction: z.enum(["up", "down"], { error: "Choose up or down." }),
});
export type MoveItemInput = z.infer<typeof moveItemSchema>;

export const itemRefSchema = z.object({ entity: curriculumEntitySchema, id });
export type ItemRefInput = { entity: OrderedPartKey; id: string };
