import { describe, expect, it } from "vitest";
import { mlInfrastructureGuide as typed } from "@/lib/guides/content/ml-infrastructure";
import { guideFileSchema } from "@/lib/guides/format/schema";
import { parseImportable, readSeedText } from "@/tests/support/guide-text";

/**
 * The seed page parsed from its copied text must reproduce, word for word, everything the
 * hand-typed guide took from that page. Keys, phase summaries, deliverable descriptions, quiz
 * options, sub-skill mappings and level thresholds are Skilltrail's additions, not the page's,
 * so only the page's parts are compared.
 */
const { guide, warnings } = parseImportable(readSeedText());

type Titled = readonly { title: string }[];
/** What the page says of a phase, from the parsed or the typed guide (they name the hours differently). */
const pagePhase = (
  p: { title: string; goals: readonly string[]; topics: Titled; actions: Titled; deliverables: Titled },
  hours: number,
) => ({
  title: p.title,
  hours,
  goals: p.goals,
  topics: p.topics.map((t) => t.title),
  actions: p.actions.map((a) => a.title),
  deliverables: p.deliverables.map((d) => d.title),
});

describe("parsing the seed page: identity and learning path", () => {
  it("reads the title, category, tagline, overview and total hours", () => {
    expect(guide.title).toBe(typed.title);
    expect(guide.category).toBe(typed.category);
    expect(guide.tagline).toBe(typed.tagline);
    expect(guide.overview).toBe(typed.overview);
    expect(guide.totalHours).toBe(typed.phases.reduce((sum, p) => sum + p.estimatedHours, 0));
  });

  it("reads every phase's title, hours, goals, topics, actions and deliverable titles", () => {
    expect(guide.phases.map((p) => pagePhase(p, p.hours))).toEqual(
      typed.phases.map((p) => pagePhase(p, p.estimatedHours)),
    );
  });
});

describe("parsing the seed page: sub-skills and levels", () => {
  it("reads every sub-skill's name, weight, description and example tasks", () => {
    expect(guide.subSkills).toEqual(
      typed.subSkills.map((s) => ({
        name: s.name,
        weight: s.weightPercent,
        description: s.description,
        exampleTasks: s.exampleTasks,
      })),
    );
  });

  it("reads every level's name, difficulty, summary, experience and can-do list", () => {
    expect(guide.levels).toEqual(
      typed.levels.map((l) => ({
        name: l.name,
        difficulty: l.difficulty,
        summary: l.summary,
        typicalExperience: l.typicalExperience,
        canDo: l.capabilities,
      })),
    );
  });
});

describe("parsing the seed page: assessment, projects and text sections", () => {
  it("reads the self-check questions without their list numbers, and the 3 quiz prompts", () => {
    expect(guide.selfCheckQuestions).toEqual(typed.selfChecks.map((q) => ({ prompt: q.prompt })));
    expect(guide.quizQuestions).toEqual(
      typed.quiz.filter((q) => q.origin === "guide").map((q) => ({ prompt: q.prompt, origin: "guide" })),
    );
    expect(guide.quizQuestions).toHaveLength(3);
  });

  it("reads red flags, use cases and portfolio projects with their split stacks", () => {
    expect(guide.redFlags).toEqual(typed.redFlags.map((f) => ({ text: f.text })));
    expect(guide.useCases).toEqual(
      typed.useCases.map((u) => ({ title: u.title, difficulty: u.difficulty, description: u.description })),
    );
    expect(guide.portfolioProjects).toEqual(
      typed.projects.map((p) => ({
        title: p.title,
        difficulty: p.difficulty,
        description: p.description,
        suggestedStack: p.suggestedStack,
        recruiterNotes: p.recruiterSignals,
      })),
    );
  });

  it("reads every text section, tips, résumé phrases and the FAQ answer", () => {
    const s = typed.sections;
    expect(guide.whyItMatters).toEqual(s.WHY_IT_MATTERS);
    expect(guide.outcomes).toEqual(s.OUTCOME);
    expect(guide.misconceptions).toEqual(s.MISCONCEPTION);
    expect(guide.industries).toEqual(s.INDUSTRY);
    expect(guide.portfolioTips).toEqual(s.PORTFOLIO_TIP);
    expect(guide.resumePhrases).toEqual(s.RESUME_PHRASE);
    expect(guide.atsTips).toEqual(s.ATS_TIP);
    expect(guide.learningTips).toEqual(s.LEARNING_TIP);
    // The copied page lost the FAQ's question (typed.faqs' question is editorial).
    expect(guide.faq).toEqual(typed.faqs.map((f) => ({ answer: f.answer })));
  });

  it("keeps sections whose items the copy lost as empty lists", () => {
    expect(guide.primaryRoles).toEqual([]);
    expect(guide.secondaryRoles).toEqual([]);
    expect(guide.mustHaveKeywords).toEqual([]);
    expect(guide.goodToHaveKeywords).toEqual([]);
  });

  it("produces a valid guide file", () => {
    expect(guideFileSchema.safeParse(guide).success).toBe(true);
  });
});

describe("parsing the seed page: warnings", () => {
  it("reports each of the 7 run-together lists it split, with the run and the proposed items", () => {
    const splits = warnings.filter((w) => w.kind === "guessedSplit");
    expect(splits.map((w) => w.path)).toEqual([
      "phases[0].topics",
      "phases[1].topics",
      "phases[2].topics",
      "industries",
      "portfolioProjects[0].suggestedStack",
      "portfolioProjects[1].suggestedStack",
      "portfolioProjects[2].suggestedStack",
    ]);
    for (const split of splits) {
      // The proposed items are the run cut apart, nothing added or lost.
      expect(split.proposed!.join("")).toBe(split.original);
      expect(split.message).toContain(`${split.proposed!.length} items`);
    }
    expect(splits[3]!.proposed).toEqual(typed.sections.INDUSTRY);
  });

  it("understands every line: nothing ignored, and the only other warnings name what the copy lacks", () => {
    const others = warnings.filter((w) => w.kind !== "guessedSplit");
    expect(others.map((w) => `${w.kind} ${w.path}`)).toEqual([
      "emptySection primaryRoles",
      "emptySection secondaryRoles",
      "emptySection mustHaveKeywords",
      "emptySection goodToHaveKeywords",
      "missingField faq[0].question",
    ]);
  });
});
