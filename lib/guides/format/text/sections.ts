import { headingText, type Line } from "@/lib/guides/format/text/lines";
import type { Warn } from "@/lib/guides/format/warnings";

/**
 * The headings of a guide page. Headings that contain the guide's name capture it, so other
 * guides of the site ("What is Data Engineering?") match too; a captured name must equal the
 * guide's, so a question such as "What is the best way to start?" is not taken for a heading.
 * Each heading is unique on the page, so sections are found by heading, in any order.
 */
const HEADINGS = {
  quickStats: /^Quick Stats$/i,
  overview: /^What is (.+?)\?$/i,
  whyItMatters: /^Why (.+?) Matters$/i,
  outcomes: /^What You Can Do After Mastering It$/i,
  misconceptions: /^Common Misconceptions$/i,
  whereUsed: /^Where (.+?) is Used$/i,
  primaryRoles: /^Primary Roles$/i,
  secondaryRoles: /^Secondary Roles$/i,
  industries: /^Industries$/i,
  useCases: /^Typical Use Cases$/i,
  levels: /^(.+?) Proficiency Levels$/i,
  journey: /^Your Journey$/i,
  subSkills: /^(.+?) Sub-?skills Breakdown$/i,
  weightDistribution: /^Skill Weight Distribution$/i,
  learningPath: /^Learning Path for (.+)$/i,
  portfolioProjects: /^Portfolio Project Ideas$/i,
  portfolioTips: /^Portfolio Tips$/i,
  selfAssessment: /^Self-Assessment: (.+)$/i,
  selfCheck: /^Self-Check Questions$/i,
  quiz: /^Quick Quiz$/i,
  redFlags: /^Red Flags(?: \(Watch Out For\))?$/i,
  atsKeywords: /^ATS Keywords for (.+)$/i,
  mustHave: /^Must-Have Keywords$/i,
  goodToHave: /^Good-to-Have Keywords$/i,
  resumePhrases: /^R[eé]sum[eé] Phrasing Examples$/i,
  atsTips: /^Pro Tips(?: for ATS Optimi[sz]ation)?$/i,
  learningResources: /^Learning Resources for (.+)$/i,
  learningTips: /^Learning Tips$/i,
  faq: /^Frequently Asked Questions$/i,
} satisfies Record<string, RegExp>;

export type SectionId = keyof typeof HEADINGS;

const TITLE = /^(.+?) Skill Guide$/i;

export type Page = {
  /** The guide's name from "<name> Skill Guide", or from the first heading naming it. */
  name?: string;
  hasTitleLine: boolean;
  /** Lines above the title (the category) and below it (the tagline). */
  beforeTitle: Line[];
  afterTitle: Line[];
  sections: Partial<Record<SectionId, Line[]>>;
};

const sameName = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "accent" }) === 0;

function matchHeading(line: Line, name: string | undefined): { id: SectionId; name?: string } | undefined {
  const text = headingText(line);
  for (const [id, pattern] of Object.entries(HEADINGS) as Array<[SectionId, RegExp]>) {
    const match = pattern.exec(text);
    if (!match) continue;
    const captured = match[1];
    if (captured !== undefined && name !== undefined && !sameName(captured, name)) continue;
    return { id, name: captured };
  }
  return undefined;
}

/** Cuts the page into its title block and its sections, each the lines under one heading. */
export function readPage(lines: Line[], warn: Warn): Page {
  const titleIndex = lines.findIndex((line) => TITLE.test(line.text));
  const page: Page = {
    name: titleIndex === -1 ? undefined : TITLE.exec(lines[titleIndex]!.text)![1],
    hasTitleLine: titleIndex !== -1,
    beforeTitle: titleIndex === -1 ? [] : lines.slice(0, titleIndex),
    afterTitle: [],
    sections: {},
  };
  let current: Line[] = page.afterTitle;
  const orphans: Line[] = [];
  if (titleIndex === -1) current = orphans;

  for (const line of lines.slice(titleIndex + 1)) {
    const heading = matchHeading(line, page.name);
    if (!heading) {
      current.push(line);
      continue;
    }
    page.name ??= heading.name;
    if (page.sections[heading.id]) {
      warn({
        kind: "duplicateSection",
        path: heading.id,
        message: `"${line.text}" appears again on line ${line.line}; the first one is used`,
      });
      current = [];
      continue;
    }
    current = page.sections[heading.id] = [];
  }
  for (const line of orphans) {
    warn({ kind: "ignoredText", path: "", message: `Line ${line.line} comes before any heading: "${line.text}"` });
  }
  return page;
}
