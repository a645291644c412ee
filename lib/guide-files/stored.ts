import { withDerivedKeys } from "@/lib/guides/format/keys";
import type { GuideFile } from "@/lib/guides/format/schema";
import { skillLevelNames, type LevelRequirements, textSectionKinds } from "@/lib/guides/guide-schema";

/**
 * A guide as the database stores it, without ids: what an import writes and what an export
 * reads. The file format leaves Skilltrail's editorial fields optional (a page's copied text has
 * none); the database needs them, so `storedFromFile` fills each missing one with a stated
 * default and says so in `notes`, which the import preview shows before anything is saved.
 */
type Difficulty = (typeof skillLevelNames)[number];
export type TextSectionKind = (typeof textSectionKinds)[number];

/**
 * `defaulted` names the fields a default filled (the file left them out): a new version leaves
 * those fields of a stored item as they are instead of overwriting them with the default. On the
 * guide itself, "quizQuestions" says the file's quiz questions had no options, so a new version
 * leaves the stored quiz alone.
 */
type Defaulted = { defaulted?: string[] };

export type StoredGuide = Defaulted & {
  key: string;
  title: string;
  category: string;
  tagline: string;
  overview: string;
  keyCharacteristics: string[];
  reviewWindowDays: number;
  phases: Array<
    Defaulted & {
      key: string;
      title: string;
      estimatedHours: number;
      summary: string;
      goals: string[];
      topics: Array<{ key: string; title: string }>;
      actions: Array<{ key: string; title: string }>;
      deliverables: Array<Defaulted & { key: string; title: string; description: string; subSkillKeys: string[] }>;
    }
  >;
  subSkills: Array<{ key: string; name: string; weightPercent: number; description: string; exampleTasks: string[] }>;
  levels: Array<
    Defaulted & {
      key: string;
      name: string;
      difficulty: Difficulty;
      summary: string;
      typicalExperience: string;
      capabilities: string[];
      requirements: LevelRequirements;
    }
  >;
  quiz: Array<
    Defaulted & {
      key: string;
      prompt: string;
      options: string[];
      correctOption: number;
      explanation: string;
      subSkillKey: string;
      origin: "guide" | "added";
    }
  >;
  selfChecks: Array<Defaulted & { key: string; prompt: string; subSkillKey: string }>;
  projects: Array<
    Defaulted & {
      key: string;
      title: string;
      difficulty: Difficulty;
      description: string;
      suggestedStack: string[];
      recruiterSignals: string[];
      subSkillKeys: string[];
    }
  >;
  useCases: Array<Defaulted & { key: string; title: string; difficulty: Difficulty; description: string }>;
  redFlags: Array<Defaulted & { key: string; text: string; subSkillKey: string }>;
  faqs: Array<Defaulted & { key: string; question: string; answer: string }>;
  sections: Record<TextSectionKind, string[]>;
};

/** The file's list sections stored as text items, by kind. */
export const TEXT_SECTIONS = {
  WHY_IT_MATTERS: "whyItMatters",
  OUTCOME: "outcomes",
  MISCONCEPTION: "misconceptions",
  INDUSTRY: "industries",
  PORTFOLIO_TIP: "portfolioTips",
  RESUME_PHRASE: "resumePhrases",
  ATS_TIP: "atsTips",
  LEARNING_TIP: "learningTips",
} as const satisfies Record<TextSectionKind, keyof GuideFile>;

export const DEFAULT_CATEGORY = "Technical";

/** The difficulty a level or item gets by its place when the file names none. */
function difficultyAt(index: number, count: number): Difficulty {
  if (count <= 1) return "BEGINNER";
  return skillLevelNames[Math.min(3, Math.round((index * 3) / (count - 1)))]!;
}

/**
 * Thresholds for a level the file gives none for: hours and completed phases grow evenly with
 * the level's place (the first level needs nothing), the other thresholds stay at 0, so an
 * admin tunes them in the curriculum editor.
 */
function defaultRequirements(index: number, count: number, totalHours: number, phaseCount: number): LevelRequirements {
  const share = count <= 1 ? 0 : index / (count - 1);
  return {
    minTotalHours: Math.round(totalHours * share),
    minPhasesCompleted: Math.round(phaseCount * share),
    minQuizPercent: 0,
    minOverallScore: 0,
    minSubSkillScore: 0,
    minApprovedProjects: 0,
  };
}

export type StoredResult = { guide: StoredGuide; notes: string[] };

export function storedFromFile(file: GuideFile): StoredResult {
  const g = withDerivedKeys(file);
  const notes: string[] = [];
  const note = (count: number, sentence: string) => {
    if (count > 0) notes.push(sentence.replace("{n}", String(count)));
  };
  const firstSubSkill = g.subSkills[0]!.key;
  const orFirst = (key: string | undefined) => key ?? firstSubSkill;

  note(file.category === undefined ? 1 : 0, `No category: "${DEFAULT_CATEGORY}" is used.`);
  note(
    g.phases.flatMap((p) => p.deliverables).filter((d) => d.description === undefined).length,
    "{n} deliverable(s) have no description: their title is used.",
  );
  note(
    g.levels.filter((l) => l.requirements === undefined).length,
    "{n} level(s) have no thresholds: hours and phases grow evenly with the level, the rest start at 0.",
  );
  const quizWithoutOptions = g.quizQuestions.filter((q) => q.options === undefined || q.correctOption === undefined);
  note(
    quizWithoutOptions.length,
    "{n} quiz question(s) have no answer options: a new guide leaves them out (add them in the curriculum editor), a new version leaves the stored quiz as it is.",
  );
  const unlinked = [
    ...g.quizQuestions.filter((q) => q.options !== undefined && q.correctOption !== undefined),
    ...g.selfCheckQuestions,
    ...g.redFlags,
  ].filter((q) => q.subSkillKey === undefined).length;
  note(unlinked, `{n} question(s) or red flag(s) name no sub-skill: they are linked to "${g.subSkills[0]!.name}".`);
  note(
    g.faq.filter((f) => f.question === undefined).length,
    "{n} FAQ answer(s) have no question: the answer's first sentence is used.",
  );

  const guide: StoredGuide = {
    ...unset({
      category: file.category,
      tagline: file.tagline,
      overview: file.overview,
      keyCharacteristics: file.keyCharacteristics,
      reviewWindowDays: file.reviewWindowDays,
      quizQuestions: quizWithoutOptions.length > 0 ? undefined : true,
    }),
    key: g.key,
    title: g.title,
    category: g.category ?? DEFAULT_CATEGORY,
    tagline: g.tagline ?? g.title,
    overview: g.overview ?? g.tagline ?? g.title,
    keyCharacteristics: g.keyCharacteristics ?? [],
    reviewWindowDays: g.reviewWindowDays ?? 3,
    phases: g.phases.map((p) => ({
      key: p.key,
      title: p.title,
      estimatedHours: p.hours,
      summary: p.summary ?? p.goals.join(" "),
      ...unset({ summary: p.summary }),
      goals: p.goals,
      topics: p.topics,
      actions: p.actions,
      deliverables: p.deliverables.map((d) => ({
        key: d.key,
        title: d.title,
        description: d.description ?? d.title,
        subSkillKeys: [...(d.subSkillKeys ?? [])].sort(),
        ...unset({ description: d.description, subSkillKeys: d.subSkillKeys }),
      })),
    })),
    subSkills: g.subSkills.map((s) => ({
      key: s.key,
      name: s.name,
      weightPercent: s.weight,
      description: s.description,
      exampleTasks: s.exampleTasks,
    })),
    levels: g.levels.map((l, i, all) => ({
      key: l.key,
      name: l.name,
      difficulty: l.difficulty ?? difficultyAt(i, all.length),
      summary: l.summary,
      typicalExperience: l.typicalExperience ?? "",
      capabilities: l.canDo,
      requirements: l.requirements ?? defaultRequirements(i, all.length, g.totalHours, g.phases.length),
      ...unset({ difficulty: l.difficulty, typicalExperience: l.typicalExperience, requirements: l.requirements }),
    })),
    quiz: g.quizQuestions.flatMap((q) =>
      q.options === undefined || q.correctOption === undefined
        ? []
        : [
            {
              key: q.key,
              prompt: q.prompt,
              options: q.options,
              correctOption: q.correctOption,
              explanation: q.explanation ?? "",
              subSkillKey: orFirst(q.subSkillKey),
              origin: q.origin ?? "guide",
              ...unset({ explanation: q.explanation, subSkillKey: q.subSkillKey, origin: q.origin }),
            },
          ],
    ),
    selfChecks: g.selfCheckQuestions.map((q) => ({
      key: q.key,
      prompt: q.prompt,
      subSkillKey: orFirst(q.subSkillKey),
      ...unset({ subSkillKey: q.subSkillKey }),
    })),
    projects: g.portfolioProjects.map((p, i, all) => ({
      key: p.key,
      title: p.title,
      difficulty: p.difficulty ?? difficultyAt(i, all.length),
      description: p.description,
      suggestedStack: p.suggestedStack,
      recruiterSignals: p.recruiterNotes,
      subSkillKeys: [...(p.subSkillKeys ?? [])].sort(),
      ...unset({ difficulty: p.difficulty, subSkillKeys: p.subSkillKeys }),
    })),
    useCases: g.useCases.map((u, i, all) => ({
      key: u.key,
      title: u.title,
      difficulty: u.difficulty ?? difficultyAt(i, all.length),
      description: u.description,
      ...unset({ difficulty: u.difficulty }),
    })),
    redFlags: g.redFlags.map((f) => ({
      key: f.key,
      text: f.text,
      subSkillKey: orFirst(f.subSkillKey),
      ...unset({ subSkillKey: f.subSkillKey }),
    })),
    faqs: g.faq.map((f) => ({
      key: f.key,
      question: f.question ?? firstSentence(f.answer),
      answer: f.answer,
      ...unset({ question: f.question }),
    })),
    sections: Object.fromEntries(
      Object.entries(TEXT_SECTIONS).map(([kind, field]) => [kind, file[field] ?? []]),
    ) as Record<TextSectionKind, string[]>,
  };
  return { guide, notes };
}

/** `{ defaulted: [names of the fields given as undefined] }`, or nothing when every field is set. */
function unset(fields: Record<string, unknown>): { defaulted?: string[] } {
  const names = Object.entries(fields).flatMap(([name, value]) => (value === undefined ? [name] : []));
  return names.length > 0 ? { defaulted: names } : {};
}

function firstSentence(text: string): string {
  const end = text.search(/[.?!](\s|$)/);
  const sentence = end === -1 ? text : text.slice(0, end + 1);
  return sentence.length > 200 ? `${sentence.slice(0, 199).trimEnd()}…` : sentence;
}

/**
 * The file an export writes: every field the database holds, with its keys, so importing it
 * again (as a new guide or over the same one) needs no default and changes nothing.
 */
export function fileFromStored(guide: StoredGuide, formatVersion: 1): GuideFile {
  const sections = Object.fromEntries(
    Object.entries(TEXT_SECTIONS).flatMap(([kind, field]) => {
      const items = guide.sections[kind as TextSectionKind] ?? [];
      return items.length > 0 ? [[field, items]] : [];
    }),
  );
  return {
    formatVersion,
    key: guide.key,
    title: guide.title,
    category: guide.category,
    tagline: guide.tagline,
    overview: guide.overview,
    keyCharacteristics: guide.keyCharacteristics,
    reviewWindowDays: guide.reviewWindowDays,
    totalHours: guide.phases.reduce((sum, p) => sum + p.estimatedHours, 0),
    ...sections,
    useCases: guide.useCases,
    levels: guide.levels.map((l) => ({
      key: l.key,
      name: l.name,
      difficulty: l.difficulty,
      summary: l.summary,
      ...(l.typicalExperience ? { typicalExperience: l.typicalExperience } : {}),
      canDo: l.capabilities,
      requirements: l.requirements,
    })),
    subSkills: guide.subSkills.map((s) => ({
      key: s.key,
      name: s.name,
      weight: s.weightPercent,
      description: s.description,
      exampleTasks: s.exampleTasks,
    })),
    phases: guide.phases.map((p) => ({
      key: p.key,
      title: p.title,
      hours: p.estimatedHours,
      summary: p.summary,
      goals: p.goals,
      topics: p.topics,
      actions: p.actions,
      deliverables: p.deliverables,
    })),
    portfolioProjects: guide.projects.map((p) => ({
      key: p.key,
      title: p.title,
      difficulty: p.difficulty,
      description: p.description,
      suggestedStack: p.suggestedStack,
      recruiterNotes: p.recruiterSignals,
      subSkillKeys: p.subSkillKeys,
    })),
    selfCheckQuestions: guide.selfChecks,
    quizQuestions: guide.quiz.map(({ explanation, ...q }) => ({ ...q, ...(explanation ? { explanation } : {}) })),
    redFlags: guide.redFlags,
    faq: guide.faqs,
  };
}
