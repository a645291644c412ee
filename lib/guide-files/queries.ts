import "server-only";
import { db } from "@/lib/db";
import { GUIDE_FORMAT_VERSION, type GuideFile } from "@/lib/guides/format/schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentGuide, Row } from "@/lib/guide-files/plan";
import { fileFromStored, type StoredGuide, type TextSectionKind } from "@/lib/guide-files/stored";
import { textSectionKinds } from "@/lib/guides/guide-schema";

/**
 * Reads a guide for export and for planning an import over it. Admin-only callers (the export
 * route, the import actions) check the role first; guides are curriculum, not learner data.
 * One query per list, whatever the guide's size.
 */

type Client = Pick<
  Prisma.TransactionClient,
  | "guide"
  | "subSkill"
  | "phase"
  | "level"
  | "quizQuestion"
  | "selfCheckQuestion"
  | "portfolioProject"
  | "useCase"
  | "redFlag"
  | "faq"
  | "guideTextItem"
  | "checklistItem"
  | "deliverable"
>;

const byPosition = { orderBy: [{ position: "asc" as const }, { key: "asc" as const }] };
const row = (r: { id: string; key: string; archivedAt?: Date | null }, values: Record<string, unknown>): Row => ({
  id: r.id,
  key: r.key,
  archived: r.archivedAt != null,
  values,
});
const keysOf = (links: Array<{ subSkill: { key: string } }>) => links.map((l) => l.subSkill.key).sort();

export async function readCurrentGuide(
  client: Client,
  where: { slug: string } | { id: string },
): Promise<CurrentGuide | null> {
  const guide = await client.guide.findUnique({
    where,
    select: {
      id: true,
      slug: true,
      title: true,
      category: true,
      tagline: true,
      overview: true,
      keyCharacteristics: true,
      reviewWindowDays: true,
    },
  });
  if (!guide) return null;
  const guideId = guide.id;
  const subSkill = { select: { key: true } };
  const [subSkills, phases, levels, quiz, selfChecks, projects, useCases, redFlags, faqs, texts, items, deliverables] =
    await Promise.all([
      client.subSkill.findMany({ where: { guideId }, ...byPosition }),
      client.phase.findMany({ where: { guideId }, ...byPosition }),
      client.level.findMany({ where: { guideId }, ...byPosition }),
      client.quizQuestion.findMany({ where: { guideId }, ...byPosition, include: { subSkill } }),
      client.selfCheckQuestion.findMany({ where: { guideId }, ...byPosition, include: { subSkill } }),
      client.portfolioProject.findMany({
        where: { guideId },
        ...byPosition,
        include: { subSkills: { select: { subSkill } } },
      }),
      client.useCase.findMany({ where: { guideId }, ...byPosition }),
      client.redFlag.findMany({ where: { guideId }, ...byPosition, include: { subSkill } }),
      client.faq.findMany({ where: { guideId }, ...byPosition }),
      client.guideTextItem.findMany({ where: { guideId }, orderBy: { position: "asc" } }),
      client.checklistItem.findMany({ where: { phase: { guideId } }, ...byPosition }),
      client.deliverable.findMany({
        where: { phase: { guideId } },
        ...byPosition,
        include: { subSkills: { select: { subSkill } } },
      }),
    ]);

  const phaseItems: CurrentGuide["phaseItems"] = Object.fromEntries(
    phases.map((p) => [p.id, { topics: [] as Row[], actions: [] as Row[], deliverables: [] as Row[] }]),
  );
  for (const item of items) {
    phaseItems[item.phaseId]![item.kind === "TOPIC" ? "topics" : "actions"].push(
      row(item, { title: item.title, position: item.position }),
    );
  }
  for (const d of deliverables) {
    phaseItems[d.phaseId]!.deliverables.push(
      row(d, { title: d.title, description: d.description, subSkillKeys: keysOf(d.subSkills), position: d.position }),
    );
  }
  const sections = Object.fromEntries(textSectionKinds.map((kind) => [kind, [] as string[]])) as Record<
    TextSectionKind,
    string[]
  >;
  for (const t of texts) sections[t.kind].push(t.text);

  return {
    id: guideId,
    slug: guide.slug,
    fields: {
      title: guide.title,
      category: guide.category,
      tagline: guide.tagline,
      overview: guide.overview,
      keyCharacteristics: guide.keyCharacteristics,
      reviewWindowDays: guide.reviewWindowDays,
    },
    lists: {
      subSkills: subSkills.map((s) =>
        row(s, {
          name: s.name,
          weightPercent: s.weightPercent,
          description: s.description,
          exampleTasks: s.exampleTasks,
          position: s.position,
        }),
      ),
      phases: phases.map((p) =>
        row(p, {
          title: p.title,
          estimatedHours: p.estimatedHours,
          summary: p.summary,
          goals: p.goals,
          position: p.position,
        }),
      ),
      levels: levels.map((l) =>
        row(
          { ...l, archivedAt: null },
          {
            name: l.name,
            difficulty: l.difficulty,
            summary: l.summary,
            typicalExperience: l.typicalExperience,
            capabilities: l.capabilities,
            minTotalHours: l.minTotalHours,
            minPhasesCompleted: l.minPhasesCompleted,
            minQuizPercent: l.minQuizPercent,
            minOverallScore: l.minOverallScore,
            minSubSkillScore: l.minSubSkillScore,
            minApprovedProjects: l.minApprovedProjects,
            position: l.position,
          },
        ),
      ),
      quiz: quiz.map((q) =>
        row(q, {
          prompt: q.prompt,
          options: q.options,
          correctOption: q.correctOption,
          explanation: q.explanation,
          subSkillKey: q.subSkill.key,
          origin: q.origin === "GUIDE" ? "guide" : "added",
          position: q.position,
        }),
      ),
      selfChecks: selfChecks.map((q) =>
        row(q, { prompt: q.prompt, subSkillKey: q.subSkill.key, position: q.position }),
      ),
      projects: projects.map((p) =>
        row(p, {
          title: p.title,
          difficulty: p.difficulty,
          description: p.description,
          suggestedStack: p.suggestedStack,
          recruiterSignals: p.recruiterSignals,
          subSkillKeys: keysOf(p.subSkills),
          position: p.position,
        }),
      ),
      useCases: useCases.map((u) =>
        row(u, { title: u.title, difficulty: u.difficulty, description: u.description, position: u.position }),
      ),
      redFlags: redFlags.map((f) => row(f, { text: f.text, subSkillKey: f.subSkill.key, position: f.position })),
      faqs: faqs.map((f) => row(f, { question: f.question, answer: f.answer, position: f.position })),
    },
    phaseItems,
    sections,
  };
}

/** The guide's active items as stored values (the export's content), in list order. */
export function storedFromCurrent(current: CurrentGuide): StoredGuide {
  const active = (rows: Row[]) =>
    rows.filter((r) => !r.archived).map(({ key, values: { position: _position, ...values } }) => ({ key, ...values }));
  const f = current.fields;
  const lists = current.lists;
  return {
    key: current.slug,
    title: f.title as string,
    category: f.category as string,
    tagline: f.tagline as string,
    overview: f.overview as string,
    keyCharacteristics: f.keyCharacteristics as string[],
    reviewWindowDays: f.reviewWindowDays as number,
    phases: lists.phases
      .filter((p) => !p.archived)
      .map((p) => {
        const items = current.phaseItems[p.id]!;
        const { position: _position, ...values } = p.values;
        return {
          key: p.key,
          ...(values as Omit<StoredGuide["phases"][number], "key" | "topics" | "actions" | "deliverables">),
          topics: active(items.topics) as StoredGuide["phases"][number]["topics"],
          actions: active(items.actions) as StoredGuide["phases"][number]["actions"],
          deliverables: active(items.deliverables) as StoredGuide["phases"][number]["deliverables"],
        };
      }),
    subSkills: active(lists.subSkills) as StoredGuide["subSkills"],
    levels: active(lists.levels).map((l) => {
      const {
        minTotalHours,
        minPhasesCompleted,
        minQuizPercent,
        minOverallScore,
        minSubSkillScore,
        minApprovedProjects,
        ...rest
      } = l as Record<string, unknown>;
      return {
        ...rest,
        requirements: {
          minTotalHours,
          minPhasesCompleted,
          minQuizPercent,
          minOverallScore,
          minSubSkillScore,
          minApprovedProjects,
        },
      };
    }) as StoredGuide["levels"],
    quiz: active(lists.quiz) as StoredGuide["quiz"],
    selfChecks: active(lists.selfChecks) as StoredGuide["selfChecks"],
    projects: active(lists.projects) as StoredGuide["projects"],
    useCases: active(lists.useCases) as StoredGuide["useCases"],
    redFlags: active(lists.redFlags) as StoredGuide["redFlags"],
    faqs: active(lists.faqs) as StoredGuide["faqs"],
    sections: current.sections,
  };
}

/** The guide with this slug as a guide file (active items only), or null when there is none. */
export async function exportGuideFile(slug: string): Promise<GuideFile | null> {
  const current = await readCurrentGuide(db(), { slug });
  return current ? fileFromStored(storedFromCurrent(current), GUIDE_FORMAT_VERSION) : null;
}

/** The guides an admin can import a new version over: slug and title, by title. */
export async function listGuidesForImport(): Promise<Array<{ slug: string; title: string }>> {
  return db().guide.findMany({ select: { slug: true, title: true }, orderBy: { title: "asc" } });
}
