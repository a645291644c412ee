import "server-only";
import { randomBytes } from "node:crypto";
import { ActionError } from "@/lib/actions/result";
import { auditDiff, recordAudit } from "@/lib/audit/record";
import { ENTITY_SPECS, auditAction, type CurriculumEntity } from "@/lib/curriculum/entities";
import { appendPosition, lockRow, normalizeList, type Actor, type Scope } from "@/lib/curriculum/list-mutations";
import { keyFromTitle } from "@/lib/curriculum/rules";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The two shapes every editor write takes: update an item (audited with only the fields that
 * changed, nothing written when nothing did) or create one at the end of its list (audited
 * with its values). Both run inside the caller's transaction, so the change and its audit row
 * commit together.
 */

export type Tx = Prisma.TransactionClient;
type Entity = CurriculumEntity | "guide" | "level";

export const NOT_FOUND_MESSAGE = "That item no longer exists. Reload the page and try again.";

const entityType = (entity: Entity) =>
  entity === "guide" ? "Guide" : entity === "level" ? "Level" : ENTITY_SPECS[entity].model;

/** A stable key for a new item, from its title (keys never change, titles may). */
export const newKey = (title: string) => keyFromTitle(title, randomBytes(4).toString("hex"));

export async function updateAudited<T extends Record<string, unknown>>(
  tx: Tx,
  actor: Actor,
  target: { entity: Entity; id: string },
  load: () => Promise<T | null>,
  data: T,
  write: () => Promise<unknown>,
): Promise<{ changed: boolean }> {
  if (!(await lockRow(tx, target.entity, target.id))) throw new ActionError(NOT_FOUND_MESSAGE);
  const before = await load();
  if (!before) throw new ActionError(NOT_FOUND_MESSAGE);
  const diff = auditDiff(before, data);
  if (Object.keys(diff.after as object).length === 0) return { changed: false };
  await write();
  await recordAudit(tx, {
    actor,
    action: auditAction(target.entity, "updated"),
    entityType: entityType(target.entity),
    entityId: target.id,
    ...diff,
  });
  return { changed: true };
}

export async function createAudited(
  tx: Tx,
  actor: Actor,
  target: { entity: CurriculumEntity; scope: Scope },
  create: (position: number) => Promise<{ id: string }>,
  after: Record<string, unknown>,
): Promise<{ id: string }> {
  const position = await appendPosition(tx, target.entity, target.scope);
  const { id } = await create(position);
  await normalizeList(tx, target.entity, target.scope);
  await recordAudit(tx, {
    actor,
    action: auditAction(target.entity, "created"),
    entityType: entityType(target.entity),
    entityId: id,
    after: after as Prisma.InputJsonObject,
  });
  return { id };
}

/**
 * Sub-skills a deliverable or project may name: the guide's active ones, plus any it already
 * names (an archived sub-skill stays linked until an admin unticks it).
 */
export async function checkSubSkillChoice(
  tx: Tx,
  guideId: string,
  chosen: readonly string[],
  alreadyLinked: readonly string[],
  field = "subSkillIds",
): Promise<string[]> {
  const unique = [...new Set(chosen)].sort();
  const found = await tx.subSkill.findMany({
    where: { id: { in: unique }, guideId, OR: [{ archivedAt: null }, { id: { in: [...alreadyLinked] } }] },
    select: { id: true },
  });
  if (found.length !== unique.length) {
    const message = "Choose sub-skills from this guide's list.";
    throw new ActionError(message, { [field]: [message] });
  }
  return unique;
}
