import "server-only";
import { ActionError } from "@/lib/actions/result";
import { recordAudit } from "@/lib/audit/record";
import {
  NOT_FOUND_MESSAGE,
  checkSubSkillChoice,
  createAudited,
  newKey,
  updateAudited,
  type Tx,
} from "@/lib/curriculum/audited";
import { auditAction } from "@/lib/curriculum/entities";
import { lockList, type Actor } from "@/lib/curriculum/list-mutations";
import { weightSumProblem } from "@/lib/curriculum/rules";
import type {
  ChecklistItemInput,
  DeliverableInput,
  GuideSettingsInput,
  LevelInput,
  PhaseInput,
  SubSkillInput,
  SubSkillWeightsInput,
} from "@/lib/curriculum/schema";
import { db } from "@/lib/db";

/**
 * Writes of the guide itself, its phases (with their topics, actions and deliverables), its
 * sub-skills and weights, and its levels. Each is one transaction with its audit row. None of
 * them touches a learner table: completed work stays completed whatever the curriculum says.
 * (Quiz, self-check, projects and text sections: content-mutations.ts; order, archive and
 * delete: list-mutations.ts.)
 */

export type SaveResult = { id: string; created: boolean; changed: boolean };

const transaction = <T>(work: (tx: Tx) => Promise<T>) => db().$transaction(work);

export async function updateGuideSettings(actor: Actor, input: GuideSettingsInput): Promise<SaveResult> {
  const { guideId, ...data } = input;
  return transaction(async (tx) => {
    const { changed } = await updateAudited(
      tx,
      actor,
      { entity: "guide", id: guideId },
      () =>
        tx.guide.findUnique({
          where: { id: guideId },
          select: { title: true, tagline: true, overview: true, reviewWindowDays: true },
        }),
      data,
      () => tx.guide.update({ where: { id: guideId }, data }),
    );
    return { id: guideId, created: false, changed };
  });
}

export async function upsertPhase(actor: Actor, input: PhaseInput): Promise<SaveResult> {
  const { id, guideId, ...data } = input;
  return transaction(async (tx) => {
    if (id) {
      const { changed } = await updateAudited(
        tx,
        actor,
        { entity: "phase", id },
        () =>
          tx.phase.findFirst({
            where: { id, guideId },
            select: { title: true, summary: true, estimatedHours: true, goals: true },
          }),
        data,
        () => tx.phase.update({ where: { id }, data }),
      );
      return { id, created: false, changed };
    }
    const created = await createAudited(
      tx,
      actor,
      { entity: "phase", scope: { guideId } },
      (position) =>
        tx.phase.create({ data: { ...data, guideId, position, key: newKey(data.title) }, select: { id: true } }),
      data,
    );
    return { id: created.id, created: true, changed: true };
  });
}

export async function upsertChecklistItem(actor: Actor, input: ChecklistItemInput): Promise<SaveResult> {
  const { id, phaseId, kind, title } = input;
  return transaction(async (tx) => {
    if (id) {
      // The kind is fixed once created: it decides which list (topics or actions) holds the item.
      const { changed } = await updateAudited(
        tx,
        actor,
        { entity: "checklistItem", id },
        () => tx.checklistItem.findFirst({ where: { id, phaseId, kind }, select: { title: true } }),
        { title },
        () => tx.checklistItem.update({ where: { id }, data: { title } }),
      );
      return { id, created: false, changed };
    }
    if (!(await tx.phase.count({ where: { id: phaseId } }))) throw new ActionError(NOT_FOUND_MESSAGE);
    const created = await createAudited(
      tx,
      actor,
      { entity: "checklistItem", scope: { phaseId, kind } },
      (position) =>
        tx.checklistItem.create({ data: { phaseId, kind, title, position, key: newKey(title) }, select: { id: true } }),
      { kind, title },
    );
    return { id: created.id, created: true, changed: true };
  });
}

export async function upsertDeliverable(actor: Actor, input: DeliverableInput): Promise<SaveResult> {
  const { id, phaseId, title, description } = input;
  return transaction(async (tx) => {
    const phase = await tx.phase.findUnique({ where: { id: phaseId }, select: { guideId: true } });
    if (!phase) throw new ActionError(NOT_FOUND_MESSAGE);
    const links = id
      ? await tx.deliverableSubSkill.findMany({ where: { deliverableId: id }, select: { subSkillId: true } })
      : [];
    const current = links.map((l) => l.subSkillId).sort();
    const subSkillIds = await checkSubSkillChoice(tx, phase.guideId, input.subSkillIds, current);
    const writeLinks = async (deliverableId: string) => {
      await tx.deliverableSubSkill.deleteMany({ where: { deliverableId } });
      await tx.deliverableSubSkill.createMany({
        data: subSkillIds.map((subSkillId) => ({ deliverableId, subSkillId })),
      });
    };
    if (id) {
      const { changed } = await updateAudited(
        tx,
        actor,
        { entity: "deliverable", id },
        async () => {
          const row = await tx.deliverable.findFirst({
            where: { id, phaseId },
            select: { title: true, description: true },
          });
          return row ? { ...row, subSkillIds: current } : null;
        },
        { title, description, subSkillIds },
        async () => {
          await tx.deliverable.update({ where: { id }, data: { title, description } });
          await writeLinks(id);
        },
      );
      return { id, created: false, changed };
    }
    const created = await createAudited(
      tx,
      actor,
      { entity: "deliverable", scope: { phaseId } },
      async (position) => {
        const row = await tx.deliverable.create({
          data: { phaseId, title, description, position, key: newKey(title) },
          select: { id: true },
        });
        await writeLinks(row.id);
        return row;
      },
      { title, description, subSkillIds },
    );
    return { id: created.id, created: true, changed: true };
  });
}

export async function upsertSubSkill(actor: Actor, input: SubSkillInput): Promise<SaveResult> {
  const { id, guideId, ...data } = input;
  return transaction(async (tx) => {
    if (id) {
      const { changed } = await updateAudited(
        tx,
        actor,
        { entity: "subSkill", id },
        () =>
          tx.subSkill.findFirst({
            where: { id, guideId },
            select: { name: true, description: true, exampleTasks: true },
          }),
        data,
        () => tx.subSkill.update({ where: { id }, data }),
      );
      return { id, created: false, changed };
    }
    // A new sub-skill weighs 0, so the others still add up to 100; give it weight on the weights form.
    const created = await createAudited(
      tx,
      actor,
      { entity: "subSkill", scope: { guideId } },
      (position) =>
        tx.subSkill.create({
          data: { ...data, guideId, position, weightPercent: 0, key: newKey(data.name) },
          select: { id: true },
        }),
      { ...data, weightPercent: 0 },
    );
    return { id: created.id, created: true, changed: true };
  });
}

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
  return transaction(async (tx) => {
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

export async function updateLevel(actor: Actor, input: LevelInput): Promise<SaveResult> {
  const { id, ...data } = input;
  return transaction(async (tx) => {
    const { changed } = await updateAudited(
      tx,
      actor,
      { entity: "level", id },
      () =>
        tx.level.findUnique({
          where: { id },
          select: {
            name: true,
            summary: true,
            typicalExperience: true,
            capabilities: true,
            minTotalHours: true,
            minPhasesCompleted: true,
            minQuizPercent: true,
            minOverallScore: true,
            minSubSkillScore: true,
            minApprovedProjects: true,
          },
        }),
      data,
      () => tx.level.update({ where: { id }, data }),
    );
    return { id, created: false, changed };
  });
}
