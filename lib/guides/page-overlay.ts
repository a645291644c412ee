import type { GuideFile } from "@/lib/guides/format/schema";
import type { GuideInput, LevelRequirements } from "@/lib/guides/guide-schema";

/**
 * Skilltrail's editorial additions to a guide page, by position in the page's lists: the keys
 * (stable identifiers the seed inserts by), phase summaries, deliverable descriptions, sub-skill
 * mappings, level thresholds, the guide's own quiz questions' options and explanations, the
 * questions written for coverage, FAQ questions the copy lost, resources. `guideFromPage` joins
 * them with the page's own text (the parser's output, committed as JSON) into the stored guide.
 */
type GuideQuestion = {
  fromPage: number;
  key: string;
  options: string[];
  correctOption: number;
  explanation: string;
  subSkillKey: string;
};
type AddedQuestion = GuideInput["quiz"][number];

export type GuideOverlay = {
  slug: string;
  keyCharacteristics: string[];
  reviewWindowDays: number;
  phases: Array<{
    key: string;
    summary: string;
    topicKeys: string[];
    actionKeys: string[];
    deliverables: Array<{ key: string; description: string; subSkillKeys: string[] }>;
  }>;
  subSkillKeys: string[];
  levels: Array<{ key: string; requirements: LevelRequirements }>;
  /** In the quiz's order: the page's questions (by their place on the page) and the added ones. */
  quiz: Array<GuideQuestion | AddedQuestion>;
  selfChecks: Array<{ key: string; subSkillKey: string }>;
  projects: Array<{ key: string; subSkillKeys: string[] }>;
  useCaseKeys: string[];
  redFlags: Array<{ key: string; subSkillKey: string }>;
  faqs: Array<{ key: string; question: string }>;
  resources: GuideInput["resources"];
  resumePhraseSubSkills: GuideInput["resumePhraseSubSkills"];
  rubrics: GuideInput["rubrics"];
};

/** The stored guide: the page's text with the overlay's additions; throws when their lists disagree in length. */
export function guideFromPage(page: GuideFile, overlay: GuideOverlay): GuideInput {
  const zip = <P, O, R>(
    what: string,
    items: readonly P[] | undefined,
    extras: readonly O[],
    join: (p: P, o: O) => R,
  ): R[] => {
    const list = items ?? [];
    if (list.length !== extras.length)
      throw new Error(`${overlay.slug}: the page has ${list.length} ${what}, the editorial overlay ${extras.length}`);
    return list.map((item, i) => join(item, extras[i]!));
  };
  const required = <T>(what: string, value: T | undefined): T => {
    if (value === undefined) throw new Error(`${overlay.slug}: the page has no ${what}`);
    return value;
  };
  const pageQuiz = page.quizQuestions ?? [];
  return {
    slug: overlay.slug,
    title: page.title,
    category: required("category", page.category),
    tagline: required("tagline", page.tagline),
    overview: required("overview", page.overview),
    keyCharacteristics: overlay.keyCharacteristics,
    reviewWindowDays: overlay.reviewWindowDays,
    phases: zip("phases", page.phases, overlay.phases, (p, o) => ({
      key: o.key,
      title: p.title,
      estimatedHours: p.hours,
      summary: o.summary,
      goals: p.goals,
      topics: zip(`topics in ${p.title}`, p.topics, o.topicKeys, (t, key) => ({ key, title: t.title })),
      actions: zip(`actions in ${p.title}`, p.actions, o.actionKeys, (a, key) => ({ key, title: a.title })),
      deliverables: zip(`deliverables in ${p.title}`, p.deliverables, o.deliverables, (d, e) => ({
        ...e,
        title: d.title,
      })),
    })),
    subSkills: zip("sub-skills", page.subSkills, overlay.subSkillKeys, (s, key) => ({
      key,
      name: s.name,
      weightPercent: s.weight,
      description: s.description,
      exampleTasks: s.exampleTasks,
    })),
    levels: zip("levels", page.levels, overlay.levels, (l, o) => ({
      key: o.key,
      name: l.name,
      difficulty: required(`difficulty of ${l.name}`, l.difficulty),
      summary: l.summary,
      typicalExperience: required(`experience of ${l.name}`, l.typicalExperience),
      capabilities: l.canDo,
      requirements: o.requirements,
    })),
    quiz: overlay.quiz.map((q) => {
      if (!("fromPage" in q)) return q;
      const { fromPage, ...rest } = q;
      return {
        ...rest,
        prompt: required(`quiz question ${fromPage + 1}`, pageQuiz[fromPage]).prompt,
        origin: "guide" as const,
      };
    }),
    selfChecks: zip("self-check questions", page.selfCheckQuestions, overlay.selfChecks, (q, o) => ({
      ...o,
      prompt: q.prompt,
    })),
    projects: zip("portfolio projects", page.portfolioProjects, overlay.projects, (p, o) => ({
      key: o.key,
      title: p.title,
      difficulty: required(`difficulty of ${p.title}`, p.difficulty),
      description: p.description,
      suggestedStack: p.suggestedStack,
      recruiterSignals: p.recruiterNotes,
      subSkillKeys: o.subSkillKeys,
    })),
    useCases: zip("use cases", page.useCases, overlay.useCaseKeys, (u, key) => ({
      key,
      title: u.title,
      difficulty: required(`difficulty of ${u.title}`, u.difficulty),
      description: u.description,
    })),
    redFlags: zip("red flags", page.redFlags, overlay.redFlags, (f, o) => ({ ...o, text: f.text })),
    faqs: zip("FAQ answers", page.faq, overlay.faqs, (f, o) => ({ ...o, answer: f.answer })),
    resources: overlay.resources,
    resumePhraseSubSkills: overlay.resumePhraseSubSkills,
    rubrics: overlay.rubrics,
    sections: {
      WHY_IT_MATTERS: page.whyItMatters ?? [],
      OUTCOME: page.outcomes ?? [],
      MISCONCEPTION: page.misconceptions ?? [],
      INDUSTRY: page.industries ?? [],
      PORTFOLIO_TIP: page.portfolioTips ?? [],
      RESUME_PHRASE: page.resumePhrases ?? [],
      ATS_TIP: page.atsTips ?? [],
      LEARNING_TIP: page.learningTips ?? [],
    },
  };
}
