import "server-only";
import { randomBytes } from "node:crypto";
import { ActionError } from "@/lib/actions/result";
import { INVALID_INPUT_MESSAGE } from "@/lib/actions/safe-action";
import { auditDiff, recordAudit } from "@/lib/audit/record";
import { isColumn, type FieldDescription } from "@/lib/curriculum/fields";
import {
  appendPosition,
  auditAction,
  lockList,
  normalizeList,
  type Actor,
  type Scope,
} from "@/lib/curriculum/list-mutations";
import { partOf, scopeColumns } from "@/lib/curriculum/parts";
import type { PartDescription } from "@/lib/curriculum/parts/types";
import { keyFromTitle, thresholdProblems, weightSumProblem } from "@/lib/curriculum/rules";
import type { SaveItemInput, SubSkillWeightsInput } from "@/lib/curriculum/schema";
import { lockRow, modelClient, usageColumns, type Tx } from "@/lib/curriculum/sql";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The one write of every part's item, driven by its description: create it at the end of its
 * list when the input has no id, else update it (audited with only the fields that changed,
 * nothing written when nothing did). One transaction holds the change and its audit row. None
 * of it touches a learner table: completed work stays completed whatever the curriculum says.
 * (Order, archive and delete: list-mutations.ts.)
 */

export type SaveResult = { id: string; created: boolean; changed: boolean };
type Values = Record<string, unknown>;

export const NOT_FOUND_MESSAGE = "That item no longer exists. Reload the page and try again.";

/** A stable key for a new item, from its label (keys never change, labels may). */
const newKey = (title: string) => keyFromTitle(title, randomBytes(4).toString("hex"));

export async function saveItem(actor: Actor, input: SaveItemInput): Promise<SaveResult> {
  const part = partOf(input.part);
  return db().$transaction(async (tx) => {
    const scope = Object.fromEntries(scopeColumns(part).map((name) => [name, String(input[name])])) as Scope;
    const guideId = await parentGuide(tx, part, input);
    const before = input.id ? await lockedValues(tx, part, input.id, scope) : null;
    const data = await chosenSubSkills(tx, part, guideId, input, before);
    if (part.nonDecreasing) await checkThresholds(tx, part, scope, input.id, data);
    if (input.id && before)
      return { id: input.id, created: false, changed: await update(tx, actor, part, input.id, before, data) };
    return { id: await create(tx, actor, part, scope, data), created: true, changed: true };
  });
}

/** The guide the item belongs to (its own id for the guide itself); NOT_FOUND when its parent is gone. */
async function parentGuide(tx: Tx, part: PartDescription, input: SaveItemInput): Promise<string> {
  if (part.parent === null) return String(input.id);
  if (part.parent === "checklistItem") {
    const item = await tx.checklistItem.findUnique({
      where: { id: String(input.itemId) },
      select: { phase: { select: { guideId: true } } },
    });
    if (!item) throw new ActionError(NOT_FOUND_MESSAGE);
    return item.phase.guideId;
  }
  if (part.parent === "deliverable") {
    const deliverable = await tx.deliverable.findUnique({
      where: { id: String(input.deliverableId) },
      select: { phase: { select: { guideId: true } } },
    });
    if (!deliverable) throw new ActionError(NOT_FOUND_MESSAGE);
    return deliverable.phase.guideId;
  }
  if (part.parent === "phase") {
    const phase = await tx.phase.findUnique({ where: { id: String(input.phaseId) }, select: { guideId: true } });
    if (!phase) throw new ActionError(NOT_FOUND_MESSAGE);
    return phase.guideId;
  }
  if (!(await tx.guide.count({ where: { id: String(input.guideId) } }))) throw new ActionError(NOT_FOUND_MESSAGE);
  return String(input.guideId);
}

const editable = (part: PartDescription) => part.fields.filter((f) => !f.fixed);
const linkOf = (field: FieldDescription) => (field.input === "subSkills" ? field.link : null);

/** The item's current values (after locking it), found only inside its own scope. */
async function lockedValues(tx: Tx, part: PartDescription, id: string, scope: Scope): Promise<Values> {
  if (!(await lockRow(tx, part.model, id))) throw new ActionError(NOT_FOUND_MESSAGE);
  const select = Object.fromEntries(
    editable(part)
      .filter(isColumn)
      .map((f) => [f.name, true]),
  );
  const row = await modelClient(tx, part.model).findFirst({ where: { id, ...scope }, select });
  if (!row) throw new ActionError(NOT_FOUND_MESSAGE);
  for (const field of editable(part)) {
    const link = linkOf(field);
    if (!link) continue;
    const links = await modelClient(tx, link.model).findMany({
      where: { [link.owner]: id },
      select: { subSkillId: true },
    });
    row[field.name] = links.map((l) => String(l.subSkillId)).sort();
  }
  return row;
}

/**
 * The input's editable values, with sub-skills checked: the guide's active ones, plus any the
 * item already names (an archived sub-skill stays linked until an admin unticks it).
 */
async function chosenSubSkills(
  tx: Tx,
  part: PartDescription,
  guideId: string,
  input: SaveItemInput,
  before: Values | null,
): Promise<Values> {
  const data: Values = {};
  for (const field of editable(part)) {
    data[field.name] = input[field.name];
    if (field.input !== "subSkill" && field.input !== "subSkills") continue;
    const chosen = field.input === "subSkill" ? [String(input[field.name])] : (input[field.name] as string[]);
    const current = before ? ([] as unknown[]).concat(before[field.name]).map(String) : [];
    const unique = [...new Set(chosen)].sort();
    const found = await tx.subSkill.findMany({
      where: { id: { in: unique }, guideId, OR: [{ archivedAt: null }, { id: { in: current } }] },
      select: { id: true },
    });
    if (found.length !== unique.length) {
      const message = "Choose sub-skills from this guide's list.";
      throw new ActionError(message, { [field.name]: [message] });
    }
    data[field.name] = field.input === "subSkill" ? unique[0] : unique;
  }
  return data;
}

/** Thresholds that may not decrease along the list, checked against the item's neighbours. */
async function checkThresholds(tx: Tx, part: PartDescription, scope: Scope, id: string | undefined, data: Values) {
  const names = part.nonDecreasing ?? [];
  const select = Object.fromEntries(["id", ...names].map((name) => [name, true]));
  const list = await modelClient(tx, part.model).findMany({ where: scope, select, orderBy: { position: "asc" } });
  const index = id ? list.findIndex((row) => row.id === id) : list.length;
  const thresholds = part.fields.filter((f) => names.includes(f.name) && "what" in f) as {
    name: string;
    what: string;
  }[];
  const problems = thresholdProblems(
    data,
    { before: list[index - 1], after: id ? list[index + 1] : undefined },
    thresholds,
    part.singular,
  );
  const fields = Object.keys(problems);
  if (fields.length > 0) throw new ActionError(INVALID_INPUT_MESSAGE, problems);
}

async function update(tx: Tx, actor: Actor, part: PartDescription, id: string, before: Values, data: Values) {
  const frozen = part.frozenOnceUsed;
  if (frozen && frozen.fields.some((name) => JSON.stringify(before[name]) !== JSON.stringify(data[name]))) {
    const [usage] = await tx.$queryRaw<Array<{ learnerRecords: number }>>`SELECT ${usageColumns(part, id)}`;
    if ((usage?.learnerRecords ?? 0) > 0)
      throw new ActionError(frozen.message, { [frozen.fields[0]!]: [frozen.message] });
  }
  const diff = auditDiff(before, data);
  if (Object.keys(diff.after as object).length === 0) return false;
  await modelClient(tx, part.model).update({ where: { id }, data: columnsOf(part, data) });
  await writeLinks(tx, part, id, data);
  await recordAudit(tx, {
    actor,
    action: auditAction(part.key, "updated"),
    entityType: part.model,
    entityId: id,
    ...diff,
  });
  return true;
}

async function create(tx: Tx, actor: Actor, part: PartDescription, scope: Scope, data: Values) {
  if (part.list !== "ordered") throw new ActionError(NOT_FOUND_MESSAGE);
  const position = await appendPosition(tx, part.key, scope);
  const key = part.keyed ? { key: newKey(String(data[part.label])) } : {};
  const { id } = await modelClient(tx, part.model).create({
    data: { ...columnsOf(part, data), ...scope, ...part.createDefaults, ...key, position },
    select: { id: true },
  });
  await writeLinks(tx, part, id, data);
  await normalizeList(tx, part.key, scope);
  // The audit row names the list (a checklist item's kind), not its parent: the entity says that.
  const fixed = Object.fromEntries(part.fields.filter((f) => f.fixed).map((f) => [f.name, scope[f.name]]));
  await recordAudit(tx, {
    actor,
    action: auditAction(part.key, "created"),
    entityType: part.model,
    entityId: id,
    after: { ...fixed, ...data, ...part.createDefaults } as Prisma.InputJsonObject,
  });
  return id;
}

const columnsOf = (part: PartDescription, data: Values) =>
  Object.fromEntries(
    editable(part)
      .filter(isColumn)
      .map((f) => [f.name, data[f.name]]),
  );

async function writeLinks(tx: Tx, part: PartDescription, id: string, data: Values) {
  for (const field of editable(part)) {
    const link = linkOf(field);
    if (!link) continue;
    const links = modelClient(tx, link.model);
    await links.deleteMany({ where: { [link.owner]: id } });
    await links.createMany({
      data: (data[field.name] as string[]).map((subSkillId) => ({ [link.owner]: id, subSkillId })),
    });
  }
}

// ─── Sub-skill weights ──────────────────────────────────────────────────────

export const STALE_WEIGHTS_MESSAGE =
  "The sub-skills changed since this form was opened. Reload the page and try again.";

/**
 * Saves every active sub-skill's weight at once. The schema already refused a set that does
 * not add up to 100; this also refuses a set that is not exactly the guide's active sub-skills
 * (a stale form), so the sum that was checked is the sum that ends up in the database.
 */
export async function saveSubSkillWeights(actor: Actor, input: SubSkillWeightsInput): Promise<{ changed: number }> {
  const problem = weightSumProblem(input.weights.map((w) => w.weightPercent));
  if (problem) throw new ActionError(problem, { weights: [problem] });
  return db().$transaction(async (tx) => {
    await lockList(tx, "subSkill", { guideId: input.guideId });
    const active = await tx.subSkill.findMany({
      where: { guideId: input.guideId, archivedAt: null },
      select: { id: true, weightPercent: true },
    });
    const current = new Map(active.map((s) => [s.id, s.weightPercent]));
    if (active.length !== input.weights.length || input.weights.some((w) => !current.has(w.id))) {
      throw new ActionError(STALE_WEIGHTS_MESSAGE);
    }
    let changed = 0;
    for (const { id, weightPercent } of input.weights) {
      const before = current.get(id)!;
      if (before === weightPercent) continue;
      await tx.subSkill.update({ where: { id }, data: { weightPercent } });
      await recordAudit(tx, {
        actor,
        action: auditAction("subSkill", "updated"),
        entityType: "SubSkill",
        entityId: id,
        before: { weightPercent: before },
        after: { weightPercent },
      });
      changed += 1;
    }
    return { changed };
  });
}
