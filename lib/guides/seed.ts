import type { GuideStatus, PrismaClient } from "@/lib/generated/prisma/client";
import type { GuideDefinition } from "./guide-schema";

type Tx = Pick<
  PrismaClient,
  | "guide"
  | "phase"
  | "subSkill"
  | "checklistItem"
  | "deliverable"
  | "deliverableSubSkill"
  | "level"
  | "quizQuestion"
  | "selfCheckQuestion"
  | "portfolioProject"
  | "projectSubSkill"
  | "useCase"
  | "redFlag"
  | "faq"
  | "guideTextItem"
  | "resumePhraseSubSkill"
  | "resource"
  | "rubricCriterion"
>;

/**
 * Writes a guide definition into the database, creating only what is missing.
 * Existing rows are never updated: once seeded, the curriculum belongs to its admins, and a
 * re-seed must neither undo their edits nor touch learner records. Every insert is keyed by a
 * stable key, so running it twice changes nothing. A fixed number of queries, whatever the
 * guide's size. `status` is the new guide's (the database default is DRAFT; the seed publishes
 * its guides explicitly); an existing guide keeps its own.
 */
export async function seedGuide(
  tx: Tx,
  guide: GuideDefinition,
  { status }: { status: GuideStatus },
): Promise<{ guideId: string }> {
  const { id: guideId } = await tx.guide.upsert({
    where: { slug: guide.slug },
    update: {},
    create: {
      slug: guide.slug,
      title: guide.title,
      category: guide.category,
      tagline: guide.tagline,
      overview: guide.overview,
      keyCharacteristics: guide.keyCharacteristics,
      reviewWindowDays: guide.reviewWindowDays,
      status,
      ...(status === "PUBLISHED" ? { publishedAt: new Date() } : {}),
      ...(status === "ARCHIVED" ? { archivedAt: new Date() } : {}),
    },
    select: { id: true },
  });

  await tx.subSkill.createMany({
    skipDuplicates: true,
    data: guide.subSkills.map((s, position) => ({
      guideId,
      key: s.key,
      position,
      name: s.name,
      weightPercent: s.weightPercent,
      description: s.description,
      exampleTasks: s.exampleTasks,
    })),
  });
  await tx.phase.createMany({
    skipDuplicates: true,
    data: guide.phases.map((p, position) => ({
      guideId,
      key: p.key,
      position,
      title: p.title,
      summary: p.summary,
      estimatedHours: p.estimatedHours,
      goals: p.goals,
    })),
  });
  const subSkillIds = await idsByKey(tx.subSkill.findMany({ where: { guideId }, select: { id: true, key: true } }));
  const phaseIds = await idsByKey(tx.phase.findMany({ where: { guideId }, select: { id: true, key: true } }));
  const subSkillId = (key: string) => required(subSkillIds, key, "sub-skill");

  await tx.checklistItem.createMany({
    skipDuplicates: true,
    data: guide.phases.flatMap((p) => {
      const phaseId = required(phaseIds, p.key, "phase");
      return [
        ...p.topics.map((t, position) => ({ phaseId, kind: "TOPIC" as const, key: t.key, position, title: t.title })),
        ...p.actions.map((a, position) => ({ phaseId, kind: "ACTION" as const, key: a.key, position, title: a.title })),
      ];
    }),
  });
  await tx.deliverable.createMany({
    skipDuplicates: true,
    data: guide.phases.flatMap((p) =>
      p.deliverables.map((d, position) => ({
        phaseId: required(phaseIds, p.key, "phase"),
        key: d.key,
        position,
        title: d.title,
        description: d.description,
      })),
    ),
  });
  const deliverables = await tx.deliverable.findMany({
    where: { phase: { guideId } },
    select: { id: true, key: true, phase: { select: { key: true } } },
  });
  const deliverableIds = new Map(deliverables.map((d) => [`${d.phase.key}/${d.key}`, d.id]));
  await tx.deliverableSubSkill.createMany({
    skipDuplicates: true,
    data: guide.phases.flatMap((p) =>
      p.deliverables.flatMap((d) =>
        d.subSkillKeys.map((k) => ({
          deliverableId: required(deliverableIds, `${p.key}/${d.key}`, "deliverable"),
          subSkillId: subSkillId(k),
        })),
      ),
    ),
  });

  await tx.level.createMany({
    skipDuplicates: true,
    data: guide.levels.map((l, position) => ({
      guideId,
      key: l.key,
      position,
      name: l.name,
      difficulty: l.difficulty,
      summary: l.summary,
      typicalExperience: l.typicalExperience,
      capabilities: l.capabilities,
      ...l.requirements,
    })),
  });
  await tx.quizQuestion.createMany({
    skipDuplicates: true,
    data: guide.quiz.map((q, position) => ({
      guideId,
      key: q.key,
      position,
      prompt: q.prompt,
      options: q.options,
      correctOption: q.correctOption,
      explanation: q.explanation,
      subSkillId: subSkillId(q.subSkillKey),
      origin: q.origin === "guide" ? ("GUIDE" as const) : ("ADDED" as const),
    })),
  });
  await tx.selfCheckQuestion.createMany({
    skipDuplicates: true,
    data: guide.selfChecks.map((q, position) => ({
      guideId,
      key: q.key,
      position,
      prompt: q.prompt,
      subSkillId: subSkillId(q.subSkillKey),
    })),
  });
  await tx.portfolioProject.createMany({
    skipDuplicates: true,
    data: guide.projects.map((p, position) => ({
      guideId,
      key: p.key,
      position,
      title: p.title,
      difficulty: p.difficulty,
      description: p.description,
      suggestedStack: p.suggestedStack,
      recruiterSignals: p.recruiterSignals,
    })),
  });
  const projectIds = await idsByKey(
    tx.portfolioProject.findMany({ where: { guideId }, select: { id: true, key: true } }),
  );
  await tx.projectSubSkill.createMany({
    skipDuplicates: true,
    data: guide.projects.flatMap((p) =>
      p.subSkillKeys.map((k) => ({ projectId: required(projectIds, p.key, "project"), subSkillId: subSkillId(k) })),
    ),
  });
  await tx.useCase.createMany({
    skipDuplicates: true,
    data: guide.useCases.map((u, position) => ({
      guideId,
      key: u.key,
      position,
      title: u.title,
      difficulty: u.difficulty,
      description: u.description,
    })),
  });
  await tx.redFlag.createMany({
    skipDuplicates: true,
    data: guide.redFlags.map((f, position) => ({
      guideId,
      key: f.key,
      position,
      text: f.text,
      subSkillId: subSkillId(f.subSkillKey),
    })),
  });
  await tx.faq.createMany({
    skipDuplicates: true,
    data: guide.faqs.map((f, position) => ({ guideId, key: f.key, position, question: f.question, answer: f.answer })),
  });
  await tx.guideTextItem.createMany({
    skipDuplicates: true,
    data: Object.entries(guide.sections).flatMap(([kind, items]) =>
      items.map((text, position) => ({ guideId, kind: kind as keyof typeof guide.sections, position, text })),
    ),
  });
  await seedResources(tx, guideId, guide);
  await seedRubrics(tx, guideId, guide, deliverableIds);
  await seedResumePhraseSubSkills(tx, guideId, guide, subSkillId);
  return { guideId };
}

/** Resources hang from topics and actions: keyed by the item's key, unique per item. */
async function seedResources(tx: Tx, guideId: string, guide: GuideDefinition) {
  if (guide.resources.length === 0) return;
  const items = await idsByKey(
    tx.checklistItem.findMany({ where: { phase: { guideId } }, select: { id: true, key: true } }),
  );
  const positions = new Map<string, number>();
  await tx.resource.createMany({
    skipDuplicates: true,
    data: guide.resources.map((r) => {
      const position = positions.get(r.itemKey) ?? 0;
      positions.set(r.itemKey, position + 1);
      return {
        itemId: required(items, r.itemKey, "topic or action"),
        key: r.key,
        position,
        title: r.title,
        url: r.url,
        kind: r.kind,
        cost: r.cost,
        estimatedMinutes: r.estimatedMinutes,
      };
    }),
  });
}

/**
 * Rubric criteria, keyed per rubric: a deliverable's (by its key; unique per deliverable) and
 * the guide's project criteria (unique per guide).
 */
async function seedRubrics(tx: Tx, guideId: string, guide: GuideDefinition, deliverableIds: Map<string, string>) {
  const byKey = new Map(
    guide.phases.flatMap((p) =>
      p.deliverables.map((d) => [d.key, required(deliverableIds, `${p.key}/${d.key}`, "deliverable")]),
    ),
  );
  await tx.rubricCriterion.createMany({
    skipDuplicates: true,
    data: [
      ...Object.entries(guide.rubrics.deliverables).flatMap(([deliverableKey, criteria]) =>
        criteria.map((c, position) => ({
          ...c,
          position,
          deliverableId: required(byKey, deliverableKey, "deliverable"),
        })),
      ),
      ...guide.rubrics.project.map((c, position) => ({ ...c, position, guideId })),
    ],
  });
}

/**
 * Text items have no key, so a phrase is found by its text. Only a phrase that names no
 * sub-skill yet (a new one, or one an admin emptied) gets the guide's, so a reseed never changes an
 * admin's choice, and a phrase an admin reworded is no longer found.
 */
async function seedResumePhraseSubSkills(
  tx: Tx,
  guideId: string,
  guide: GuideDefinition,
  subSkillId: (key: string) => string,
) {
  if (guide.resumePhraseSubSkills.length === 0) return;
  const phrases = await tx.guideTextItem.findMany({
    where: { guideId, kind: "RESUME_PHRASE", subSkills: { none: {} } },
    select: { id: true, text: true },
  });
  const idOf = new Map(phrases.map((p) => [p.text, p.id]));
  await tx.resumePhraseSubSkill.createMany({
    skipDuplicates: true,
    data: guide.resumePhraseSubSkills.flatMap((r) => {
      const textItemId = idOf.get(r.phrase);
      return textItemId ? r.subSkillKeys.map((k) => ({ textItemId, subSkillId: subSkillId(k) })) : [];
    }),
  });
}

async function idsByKey(rows: Promise<Array<{ id: string; key: string }>>): Promise<Map<string, string>> {
  return new Map((await rows).map((r) => [r.key, r.id]));
}

function required(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Seed: ${what} "${key}" was not found after insert`);
  return id;
}
