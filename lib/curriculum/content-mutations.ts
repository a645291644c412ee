import "server-only";
import { ActionError } from "@/lib/actions/result";
import {
  NOT_FOUND_MESSAGE,
  checkSubSkillChoice,
  createAudited,
  newKey,
  updateAudited,
  type Tx,
} from "@/lib/curriculum/audited";
import type { Actor } from "@/lib/curriculum/list-mutations";
import type { SaveResult } from "@/lib/curriculum/mutations";
import type {
  FaqInput,
  ProjectInput,
  QuizQuestionInput,
  RedFlagInput,
  SelfCheckInput,
  TextItemInput,
  UseCaseInput,
} from "@/lib/curriculum/schema";
import { db } from "@/lib/db";

/**
 * Writes of the guide's quiz, self-check questions, portfolio projects and text sections
 * (use cases, red flags, FAQ, plain-text lists). Same pattern as mutations.ts: one
 * transaction per save, audited with before and after, learner tables never touched.
 */

const transaction = <T>(work: (tx: Tx) => Promise<T>) => db().$transaction(work);
const updated = (id: string, changed: boolean): SaveResult => ({ id, created: false, changed });
const created = ({ id }: { id: string }): SaveResult => ({ id, created: true, changed: true });

async function requireGuide(tx: Tx, guideId: string) {
  if (!(await tx.guide.count({ where: { id: guideId } }))) throw new ActionError(NOT_FOUND_MESSAGE);
}

/** A question's sub-skill: one of the guide's active ones, or the one it already had. */
async function chosenSubSkill(tx: Tx, guideId: string, subSkillId: string, current: string | undefined) {
  const [id] = await checkSubSkillChoice(tx, guideId, [subSkillId], current ? [current] : [], "subSkillId");
  return id!;
}

export const ANSWERED_OPTIONS_MESSAGE =
  "Learners have answered this question, so its options and correct answer stay as they are. Archive it and add a new question instead.";

export async function upsertQuizQuestion(actor: Actor, input: QuizQuestionInput): Promise<SaveResult> {
  const { id, guideId, subSkillId: chosen, ...fields } = input;
  return transaction(async (tx) => {
    await requireGuide(tx, guideId);
    const current = id
      ? await tx.quizQuestion.findFirst({ where: { id, guideId }, select: { subSkillId: true } })
      : null;
    if (id && !current) throw new ActionError(NOT_FOUND_MESSAGE);
    const data = { ...fields, subSkillId: await chosenSubSkill(tx, guideId, chosen, current?.subSkillId) };
    if (id) {
      const { changed } = await updateAudited(
        tx,
        actor,
        { entity: "quizQuestion", id },
        async () => {
          const before = await tx.quizQuestion.findUnique({
            where: { id },
            select: {
              prompt: true,
              options: true,
              correctOption: true,
              explanation: true,
              subSkillId: true,
              _count: { select: { answers: true } },
            },
          });
          if (!before) return null;
          const { _count, ...values } = before;
          if (
            _count.answers > 0 &&
            (JSON.stringify(values.options) !== JSON.stringify(data.options) ||
              values.correctOption !== data.correctOption)
          ) {
            // Stored answers are option numbers: new options would rewrite what learners chose.
            throw new ActionError(ANSWERED_OPTIONS_MESSAGE, { options: [ANSWERED_OPTIONS_MESSAGE] });
          }
          return values;
        },
        data,
        () => tx.quizQuestion.update({ where: { id }, data }),
      );
      return updated(id, changed);
    }
    return created(
      await createAudited(
        tx,
        actor,
        { entity: "quizQuestion", scope: { guideId } },
        (position) =>
          tx.quizQuestion.create({
            data: { ...data, guideId, position, origin: "ADDED", key: newKey(data.prompt) },
            select: { id: true },
          }),
        data,
      ),
    );
  });
}

export async function upsertSelfCheck(actor: Actor, input: SelfCheckInput): Promise<SaveResult> {
  const { id, guideId, prompt } = input;
  return transaction(async (tx) => {
    await requireGuide(tx, guideId);
    const current = id
      ? await tx.selfCheckQuestion.findFirst({ where: { id, guideId }, select: { subSkillId: true } })
      : null;
    if (id && !current) throw new ActionError(NOT_FOUND_MESSAGE);
    const data = { prompt, subSkillId: await chosenSubSkill(tx, guideId, input.subSkillId, current?.subSkillId) };
    if (id) {
      const { changed } = await updateAudited(
        tx,
        actor,
        { entity: "selfCheck", id },
        () => tx.selfCheckQuestion.findUnique({ where: { id }, select: { prompt: true, subSkillId: true } }),
        data,
        () => tx.selfCheckQuestion.update({ where: { id }, data }),
      );
      return updated(id, changed);
    }
    return created(
      await createAudited(
        tx,
        actor,
        { entity: "selfCheck", scope: { guideId } },
        (position) =>
          tx.selfCheckQuestion.create({
            data: { ...data, guideId, position, key: newKey(prompt) },
            select: { id: true },
          }),
        data,
      ),
    );
  });
}

export async function upsertProject(actor: Actor, input: ProjectInput): Promise<SaveResult> {
  const { id, guideId, subSkillIds: chosen, ...fields } = input;
  return transaction(async (tx) => {
    await requireGuide(tx, guideId);
    const links = id
      ? await tx.projectSubSkill.findMany({ where: { projectId: id }, select: { subSkillId: true } })
      : [];
    const current = links.map((l) => l.subSkillId).sort();
    const subSkillIds = await checkSubSkillChoice(tx, guideId, chosen, current);
    const writeLinks = async (projectId: string) => {
      await tx.projectSubSkill.deleteMany({ where: { projectId } });
      await tx.projectSubSkill.createMany({ data: subSkillIds.map((subSkillId) => ({ projectId, subSkillId })) });
    };
    if (id) {
      const { changed } = await updateAudited(
        tx,
        actor,
        { entity: "project", id },
        async () => {
          const row = await tx.portfolioProject.findFirst({
            where: { id, guideId },
            select: { title: true, difficulty: true, description: true, suggestedStack: true, recruiterSignals: true },
          });
          return row ? { ...row, subSkillIds: current } : null;
        },
        { ...fields, subSkillIds },
        async () => {
          await tx.portfolioProject.update({ where: { id }, data: fields });
          await writeLinks(id);
        },
      );
      return updated(id, changed);
    }
    return created(
      await createAudited(
        tx,
        actor,
        { entity: "project", scope: { guideId } },
        async (position) => {
          const row = await tx.portfolioProject.create({
            data: { ...fields, guideId, position, key: newKey(fields.title) },
            select: { id: true },
          });
          await writeLinks(row.id);
          return row;
        },
        { ...fields, subSkillIds },
      ),
    );
  });
}

export async function upsertUseCase(actor: Actor, input: UseCaseInput): Promise<SaveResult> {
  const { id, guideId, ...data } = input;
  return transaction(async (tx) => {
    if (id) {
      const { changed } = await updateAudited(
        tx,
        actor,
        { entity: "useCase", id },
        () =>
          tx.useCase.findFirst({
            where: { id, guideId },
            select: { title: true, difficulty: true, description: true },
          }),
        data,
        () => tx.useCase.update({ where: { id }, data }),
      );
      return updated(id, changed);
    }
    await requireGuide(tx, guideId);
    return created(
      await createAudited(
        tx,
        actor,
        { entity: "useCase", scope: { guideId } },
        (position) =>
          tx.useCase.create({ data: { ...data, guideId, position, key: newKey(data.title) }, select: { id: true } }),
        data,
      ),
    );
  });
}

export async function upsertRedFlag(actor: Actor, input: RedFlagInput): Promise<SaveResult> {
  const { id, guideId, text } = input;
  return transaction(async (tx) => {
    await requireGuide(tx, guideId);
    const current = id ? await tx.redFlag.findFirst({ where: { id, guideId }, select: { subSkillId: true } }) : null;
    if (id && !current) throw new ActionError(NOT_FOUND_MESSAGE);
    const data = { text, subSkillId: await chosenSubSkill(tx, guideId, input.subSkillId, current?.subSkillId) };
    if (id) {
      const { changed } = await updateAudited(
        tx,
        actor,
        { entity: "redFlag", id },
        () => tx.redFlag.findUnique({ where: { id }, select: { text: true, subSkillId: true } }),
        data,
        () => tx.redFlag.update({ where: { id }, data }),
      );
      return updated(id, changed);
    }
    return created(
      await createAudited(
        tx,
        actor,
        { entity: "redFlag", scope: { guideId } },
        (position) =>
          tx.redFlag.create({ data: { ...data, guideId, position, key: newKey(text) }, select: { id: true } }),
        data,
      ),
    );
  });
}

export async function upsertFaq(actor: Actor, input: FaqInput): Promise<SaveResult> {
  const { id, guideId, ...data } = input;
  return transaction(async (tx) => {
    if (id) {
      const { changed } = await updateAudited(
        tx,
        actor,
        { entity: "faq", id },
        () => tx.faq.findFirst({ where: { id, guideId }, select: { question: true, answer: true } }),
        data,
        () => tx.faq.update({ where: { id }, data }),
      );
      return updated(id, changed);
    }
    await requireGuide(tx, guideId);
    return created(
      await createAudited(
        tx,
        actor,
        { entity: "faq", scope: { guideId } },
        (position) =>
          tx.faq.create({ data: { ...data, guideId, position, key: newKey(data.question) }, select: { id: true } }),
        data,
      ),
    );
  });
}

export async function upsertTextItem(actor: Actor, input: TextItemInput): Promise<SaveResult> {
  const { id, guideId, kind, text } = input;
  return transaction(async (tx) => {
    if (id) {
      const { changed } = await updateAudited(
        tx,
        actor,
        { entity: "textItem", id },
        () => tx.guideTextItem.findFirst({ where: { id, guideId, kind }, select: { text: true } }),
        { text },
        () => tx.guideTextItem.update({ where: { id }, data: { text } }),
      );
      return updated(id, changed);
    }
    await requireGuide(tx, guideId);
    return created(
      await createAudited(
        tx,
        actor,
        { entity: "textItem", scope: { guideId, kind } },
        (position) => tx.guideTextItem.create({ data: { guideId, kind, text, position }, select: { id: true } }),
        { kind, text },
      ),
    );
  });
}
