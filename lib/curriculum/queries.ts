import "server-only";
import { DEFAULT_GUIDE_SLUG } from "@/lib/guides/queries";
import { removalDecision, type RemovalDecision } from "@/lib/curriculum/rules";
import type { TextSectionKind } from "@/lib/curriculum/schema";
import { db } from "@/lib/db";

/**
 * Reads for the curriculum editor (admin pages guard before calling them). Every list comes
 * back in the editor's order, archived items included (the pages show them apart, with
 * Restore), each with `removal`: what "Remove" would do to it, from COUNTs done in SQL.
 */

type Usage = { learnerRecords: number; curriculumReferences?: number; archivable?: boolean; weightPercent?: number };
const removal = (usage: Usage): RemovalDecision["kind"] =>
  removalDecision({ curriculumReferences: 0, archivable: true, ...usage }).kind;
const byPosition = { position: "asc" } as const;

export async function getEditorGuide(slug: string = DEFAULT_GUIDE_SLUG) {
  return db().guide.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      category: true,
      tagline: true,
      overview: true,
      reviewWindowDays: true,
    },
  });
}
export type EditorGuide = NonNullable<Awaited<ReturnType<typeof getEditorGuide>>>;

/** What the editor's index shows of each part: active counts and the path's total hours. */
export async function getCurriculumSummary(guideId: string) {
  const active = { where: { archivedAt: null } } as const;
  const [counts, hours, textItems] = await Promise.all([
    db().guide.findUniqueOrThrow({
      where: { id: guideId },
      select: {
        _count: {
          select: {
            phases: active,
            subSkills: active,
            levels: true,
            quizQuestions: active,
            selfChecks: active,
            projects: active,
            useCases: active,
            redFlags: active,
            faqs: active,
          },
        },
      },
    }),
    db().phase.aggregate({ where: { guideId, archivedAt: null }, _sum: { estimatedHours: true } }),
    db().guideTextItem.groupBy({ by: ["kind"], where: { guideId }, _count: { _all: true } }),
  ]);
  return {
    ...counts._count,
    totalHours: hours._sum.estimatedHours ?? 0,
    textItems: Object.fromEntries(textItems.map((row) => [row.kind, row._count._all])) as Partial<
      Record<TextSectionKind, number>
    >,
  };
}

export async function listPhases(guideId: string) {
  const phases = await db().phase.findMany({
    where: { guideId },
    orderBy: byPosition,
    select: {
      id: true,
      title: true,
      summary: true,
      estimatedHours: true,
      goals: true,
      archivedAt: true,
      _count: { select: { timeEntries: true, checklistItems: true, deliverables: true } },
    },
  });
  return phases.map(({ _count, ...phase }) => ({
    ...phase,
    itemCount: _count.checklistItems + _count.deliverables,
    removal: removal({
      learnerRecords: _count.timeEntries,
      curriculumReferences: _count.checklistItems + _count.deliverables,
    }),
  }));
}

/** One phase with its topics, actions and deliverables, and the sub-skills deliverables can name. */
export async function getPhaseEditor(phaseId: string) {
  const phase = await db().phase.findUnique({
    where: { id: phaseId },
    select: {
      id: true,
      guideId: true,
      position: true,
      title: true,
      summary: true,
      estimatedHours: true,
      goals: true,
      archivedAt: true,
      checklistItems: {
        orderBy: [{ kind: "asc" }, byPosition],
        select: { id: true, kind: true, title: true, archivedAt: true, _count: { select: { progress: true } } },
      },
      deliverables: {
        orderBy: byPosition,
        select: {
          id: true,
          title: true,
          description: true,
          archivedAt: true,
          subSkills: { select: { subSkillId: true } },
          _count: { select: { submissions: true } },
        },
      },
    },
  });
  if (!phase) return null;
  const subSkills = await subSkillChoices(phase.guideId);
  return {
    ...phase,
    checklistItems: phase.checklistItems.map(({ _count, ...item }) => ({
      ...item,
      removal: removal({ learnerRecords: _count.progress }),
    })),
    deliverables: phase.deliverables.map(({ _count, subSkills: links, ...d }) => ({
      ...d,
      subSkillIds: links.map((l) => l.subSkillId),
      removal: removal({ learnerRecords: _count.submissions }),
    })),
    subSkills,
  };
}
export type PhaseEditor = NonNullable<Awaited<ReturnType<typeof getPhaseEditor>>>;

/** Every sub-skill of the guide, active first: forms offer the active ones, lists name all. */
export async function subSkillChoices(guideId: string) {
  return db().subSkill.findMany({
    where: { guideId },
    orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, byPosition],
    select: { id: true, name: true, archivedAt: true },
  });
}

export async function listSubSkills(guideId: string) {
  const subSkills = await db().subSkill.findMany({
    where: { guideId },
    orderBy: byPosition,
    select: {
      id: true,
      name: true,
      description: true,
      exampleTasks: true,
      weightPercent: true,
      archivedAt: true,
      _count: {
        select: {
          timeEntries: true,
          deliverables: true,
          projects: true,
          quizQuestions: true,
          selfChecks: true,
          redFlags: true,
        },
      },
    },
  });
  return subSkills.map(({ _count, ...s }) => ({
    ...s,
    removal: removal({
      learnerRecords: _count.timeEntries,
      curriculumReferences:
        _count.deliverables + _count.projects + _count.quizQuestions + _count.selfChecks + _count.redFlags,
      weightPercent: s.weightPercent,
    }),
  }));
}

export async function listLevels(guideId: string) {
  return db().level.findMany({
    where: { guideId },
    orderBy: byPosition,
    select: {
      id: true,
      name: true,
      difficulty: true,
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
  });
}

export async function listQuizQuestions(guideId: string) {
  const questions = await db().quizQuestion.findMany({
    where: { guideId },
    orderBy: byPosition,
    select: {
      id: true,
      prompt: true,
      options: true,
      correctOption: true,
      explanation: true,
      subSkillId: true,
      origin: true,
      archivedAt: true,
      subSkill: { select: { name: true } },
      _count: { select: { answers: true } },
    },
  });
  return questions.map(({ _count, ...q }) => ({
    ...q,
    answered: _count.answers > 0,
    removal: removal({ learnerRecords: _count.answers }),
  }));
}

export async function listSelfChecks(guideId: string) {
  const questions = await db().selfCheckQuestion.findMany({
    where: { guideId },
    orderBy: byPosition,
    select: {
      id: true,
      prompt: true,
      subSkillId: true,
      archivedAt: true,
      subSkill: { select: { name: true } },
      _count: { select: { assessments: true } },
    },
  });
  return questions.map(({ _count, ...q }) => ({ ...q, removal: removal({ learnerRecords: _count.assessments }) }));
}

export async function listProjects(guideId: string) {
  const projects = await db().portfolioProject.findMany({
    where: { guideId },
    orderBy: byPosition,
    select: {
      id: true,
      title: true,
      difficulty: true,
      description: true,
      suggestedStack: true,
      recruiterSignals: true,
      archivedAt: true,
      subSkills: { select: { subSkillId: true } },
      _count: { select: { progress: true } },
    },
  });
  return projects.map(({ _count, subSkills, ...p }) => ({
    ...p,
    subSkillIds: subSkills.map((s) => s.subSkillId),
    removal: removal({ learnerRecords: _count.progress }),
  }));
}

export async function listUseCases(guideId: string) {
  const rows = await db().useCase.findMany({
    where: { guideId },
    orderBy: byPosition,
    select: { id: true, title: true, difficulty: true, description: true, archivedAt: true },
  });
  return rows.map((row) => ({ ...row, removal: removal({ learnerRecords: 0 }) }));
}

export async function listRedFlags(guideId: string) {
  const rows = await db().redFlag.findMany({
    where: { guideId },
    orderBy: byPosition,
    select: { id: true, text: true, subSkillId: true, archivedAt: true, subSkill: { select: { name: true } } },
  });
  return rows.map((row) => ({ ...row, removal: removal({ learnerRecords: 0 }) }));
}

export async function listFaqs(guideId: string) {
  const rows = await db().faq.findMany({
    where: { guideId },
    orderBy: byPosition,
    select: { id: true, question: true, answer: true, archivedAt: true },
  });
  return rows.map((row) => ({ ...row, removal: removal({ learnerRecords: 0 }) }));
}

export async function listTextItems(guideId: string, kind: TextSectionKind) {
  return db().guideTextItem.findMany({
    where: { guideId, kind },
    orderBy: byPosition,
    select: { id: true, text: true },
  });
}
