import { readFaq, readQuiz } from "@/lib/guides/format/text/assessment";
import { readProjects, readUseCases } from "@/lib/guides/format/text/cards";
import { isIntroduction, readBullets, readPlainLines, readRuns, reportIgnored } from "@/lib/guides/format/text/items";
import { readLevels, type LevelDraft } from "@/lib/guides/format/text/levels";
import type { Line } from "@/lib/guides/format/text/lines";
import { readLearningPath } from "@/lib/guides/format/text/phases";
import type { Page, SectionId } from "@/lib/guides/format/text/sections";
import { splitRun } from "@/lib/guides/format/text/split-run";
import { checkWeightDistribution, readSubSkills } from "@/lib/guides/format/text/sub-skills";
import { GUIDE_FORMAT_VERSION } from "@/lib/guides/format/schema";
import type { Warn } from "@/lib/guides/format/warnings";

/** What Quick Stats states, to check the parsed phases and sub-skills against. */
export type QuickStats = { phases?: number; hours?: number; subSkills?: number };

/** The format's key for each section that holds content, and how its heading reads. */
const CONTENT_SECTIONS: Partial<Record<SectionId, { path: string; heading: string }>> = {
  overview: { path: "overview", heading: "What is …?" },
  whyItMatters: { path: "whyItMatters", heading: "Why … Matters" },
  outcomes: { path: "outcomes", heading: "What You Can Do After Mastering It" },
  misconceptions: { path: "misconceptions", heading: "Common Misconceptions" },
  primaryRoles: { path: "primaryRoles", heading: "Primary Roles" },
  secondaryRoles: { path: "secondaryRoles", heading: "Secondary Roles" },
  industries: { path: "industries", heading: "Industries" },
  useCases: { path: "useCases", heading: "Typical Use Cases" },
  portfolioProjects: { path: "portfolioProjects", heading: "Portfolio Project Ideas" },
  portfolioTips: { path: "portfolioTips", heading: "Portfolio Tips" },
  selfCheck: { path: "selfCheckQuestions", heading: "Self-Check Questions" },
  quiz: { path: "quizQuestions", heading: "Quick Quiz" },
  redFlags: { path: "redFlags", heading: "Red Flags (Watch Out For)" },
  mustHave: { path: "mustHaveKeywords", heading: "Must-Have Keywords" },
  goodToHave: { path: "goodToHaveKeywords", heading: "Good-to-Have Keywords" },
  resumePhrases: { path: "resumePhrases", heading: "Resume Phrasing Examples" },
  atsTips: { path: "atsTips", heading: "Pro Tips for ATS Optimization" },
  learningTips: { path: "learningTips", heading: "Learning Tips" },
  faq: { path: "faq", heading: "Frequently Asked Questions" },
};

/** Headings that only group others; any text of their own besides an introduction is reported. */
const GROUPING_SECTIONS: SectionId[] = ["whereUsed", "selfAssessment", "atsKeywords", "learningResources"];

/** Reads every section of the page into the guide file's shape; nothing is validated yet. */
export function buildDraft(page: Page, warn: Warn) {
  const { sections } = page;
  const section = <T>(id: SectionId, read: (lines: Line[], path: string) => T[]): T[] | undefined => {
    const spec = CONTENT_SECTIONS[id]!;
    const lines = sections[id];
    if (!lines) {
      warn({ kind: "missingSection", path: spec.path, message: `No "${spec.heading}" section; left out` });
      return undefined;
    }
    const items = read(lines, spec.path);
    if (items.length === 0) {
      warn({ kind: "emptySection", path: spec.path, message: `"${spec.heading}" has no items in the copied text` });
    }
    return items;
  };
  const bullets = (id: SectionId) => section(id, (lines, path) => readBullets(lines, path, warn));
  const runs = (id: SectionId) => section(id, (lines, path) => readRuns(lines, path, warn));

  for (const id of GROUPING_SECTIONS)
    reportIgnored(
      (sections[id] ?? []).filter((l) => !isIntroduction(l)),
      id,
      warn,
    );

  const learningPath = readLearningPath(sections.learningPath ?? [], warn);
  const subSkills = readSubSkills(sections.subSkills ?? [], warn);
  if (sections.weightDistribution) checkWeightDistribution(sections.weightDistribution, subSkills, warn);
  const levels = readLevels(sections.levels ?? [], warn);
  if (sections.journey) checkJourney(sections.journey, levels, warn);
  const overview = section("overview", (lines) => [lines.map((line) => line.text).join("\n\n")]);

  const draft = {
    formatVersion: GUIDE_FORMAT_VERSION,
    ...readHeader(page, warn),
    overview: overview?.[0],
    totalHours: learningPath.statedTotal,
    whyItMatters: bullets("whyItMatters"),
    outcomes: bullets("outcomes"),
    misconceptions: bullets("misconceptions"),
    primaryRoles: runs("primaryRoles"),
    secondaryRoles: runs("secondaryRoles"),
    industries: runs("industries"),
    useCases: section("useCases", (lines) => readUseCases(lines, warn)),
    levels,
    subSkills,
    phases: learningPath.phases,
    portfolioProjects: section("portfolioProjects", (lines) => readProjects(lines, warn)),
    portfolioTips: bullets("portfolioTips"),
    selfCheckQuestions: bullets("selfCheck")?.map((prompt) => ({ prompt })),
    quizQuestions: section("quiz", (lines) => readQuiz(lines, warn))?.map((q) => ({ ...q, origin: "guide" as const })),
    redFlags: bullets("redFlags")?.map((text) => ({ text })),
    mustHaveKeywords: runs("mustHave"),
    goodToHaveKeywords: runs("goodToHave"),
    resumePhrases: section("resumePhrases", (lines) => readPlainLines(lines)),
    atsTips: bullets("atsTips"),
    learningTips: bullets("learningTips"),
    faq: section("faq", (lines) => readFaq(lines, warn)),
  };
  return { draft, quickStats: readQuickStats(sections.quickStats, warn) };
}

export type GuideDraft = ReturnType<typeof buildDraft>["draft"];

/** The category sits above "<name> Skill Guide", the tagline below it. */
function readHeader(page: Page, warn: Warn): { title?: string; category?: string; tagline?: string } {
  if (page.name === undefined) return {};
  const [category, ...aboveCategory] = [...page.beforeTitle].reverse();
  const [tagline, ...belowTagline] = page.afterTitle;
  reportIgnored([...aboveCategory.reverse(), ...belowTagline], "title", warn);
  if (!page.hasTitleLine) {
    const message = `No "… Skill Guide" title line: the name "${page.name}" is taken from a heading`;
    warn({ kind: "missingField", path: "title", message });
  }
  return { title: page.name, category: category?.text, tagline: tagline?.text };
}

function readQuickStats(lines: Line[] | undefined, warn: Warn): QuickStats {
  if (!lines) {
    warn({
      kind: "missingSection",
      path: "totalHours",
      message: 'No "Quick Stats" section to check the counts against',
    });
    return {};
  }
  // Label and value are glued ("Learning Phases3") or on separate lines: read them as one text.
  const text = lines.map((line) => line.text).join(" ");
  const number = (pattern: RegExp) => {
    const match = pattern.exec(text);
    return match ? Number(match[1]!.replace(/,/g, "")) : undefined;
  };
  return {
    phases: number(/Learning Phases\s*(\d+)/i),
    hours: number(/Est\.? Hours\s*(\d[\d,]*)/i),
    subSkills: number(/Sub-?skills\s*(\d+)/i),
  };
}

/** "Your Journey" runs the level names together; it only confirms the levels read above it. */
function checkJourney(lines: Line[], levels: LevelDraft[], warn: Warn): void {
  const journey = lines.flatMap((line) => splitRun(line.text));
  const names = levels.map((level) => level.name ?? "");
  if (journey.join("|").toLowerCase() !== names.join("|").toLowerCase()) {
    warn({
      kind: "mismatch",
      path: "levels",
      message: `"Your Journey" lists ${journey.join(", ")} but the levels read are ${names.join(", ")}; the levels are kept`,
    });
  }
}
