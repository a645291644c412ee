import { describe, expect, it } from "vitest";
import { parseGuideText } from "@/lib/guides/format/parse-text";
import { cutSection, parseImportable, readSeedText, replaceOnce } from "@/tests/support/guide-text";

/** Variants of the seed page, as other guides of the site or other browsers' copies look. */
const seed = readSeedText();
const original = parseImportable(seed);

/** The seed page without phase 3, its total and Quick Stats adjusted: a 2-phase guide of 180 hours. */
function twoPhaseGuide(): string {
  const { rest } = cutSection(seed, "3\n\nAdvanced Architecture & Optimization", "Portfolio Project Ideas");
  let text = replaceOnce(rest, "360 hours total", "180 hours total");
  text = replaceOnce(text, "Est. Hours360h", "Est. Hours180h");
  return replaceOnce(text, "Learning Phases3", "Learning Phases2");
}

describe("variants that other guides produce", () => {
  it("reads a guide with two phases and another total", () => {
    const { guide } = parseImportable(twoPhaseGuide());
    expect(guide.phases.map((p) => [p.title, p.hours])).toEqual([
      ["Foundations & Core Concepts", 60],
      ["Pipeline Automation & Scaling", 120],
    ]);
    expect(guide.totalHours).toBe(180);
    expect(guide.phases[1]).toEqual(original.guide.phases[1]);
  });

  it("reads a guide with four phases and other hours", () => {
    const { section } = cutSection(seed, "3\n\nAdvanced Architecture & Optimization", "Portfolio Project Ideas");
    const fourth = replaceOnce(
      replaceOnce(section, "\n3\n\nAdvanced Architecture & Optimization", "\n4\n\nCapstone"),
      "180 hours",
      "45 hours",
    );
    let text = seed.replace("\nPortfolio Project Ideas\n", `${fourth}\nPortfolio Project Ideas\n`);
    text = replaceOnce(text, /^60 hours$/m, "75 hours");
    text = replaceOnce(text, "360 hours total", "420 hours total");
    text = replaceOnce(text, "Est. Hours360h", "Est. Hours420h");
    text = replaceOnce(text, "Learning Phases3", "Learning Phases4");
    const { guide } = parseImportable(text);
    expect(guide.phases.map((p) => p.hours)).toEqual([75, 120, 180, 45]);
    expect(guide.phases[3]!.title).toBe("Capstone");
    expect(guide.phases[3]!.goals).toEqual(original.guide.phases[2]!.goals);
    expect(guide.totalHours).toBe(420);
  });

  it("reads a guide of another name with five sub-skills", () => {
    let text = seed.replaceAll("ML Infrastructure", "Data Engineering");
    const { rest } = cutSection(text, "ML Governance & Security", "Skill Weight Distribution");
    text = rest.replace("ML Governance & Security\n10%\n", "");
    text = text.replace(/^Infrastructure as Code\n(\n?)10%$/gm, "Infrastructure as Code\n$120%");
    text = replaceOnce(text, "Sub-skills6", "Sub-skills5");
    const { guide, warnings } = parseImportable(text);
    expect(guide.title).toBe("Data Engineering");
    expect(guide.subSkills.map((s) => [s.name, s.weight])).toEqual([
      ["Data Pipeline Engineering", 25],
      ["Model Serving Architecture", 20],
      ["ML Pipeline Automation", 20],
      ["Monitoring & Observability", 15],
      ["Infrastructure as Code", 20],
    ]);
    expect(guide.phases).toHaveLength(3);
    expect(guide.levels).toHaveLength(4);
    expect(warnings.filter((w) => w.kind === "mismatch" || w.kind === "ignoredText")).toEqual([]);
  });
});

describe("variants that copies produce", () => {
  it("gives the same result for Windows line endings", () => {
    expect(parseGuideText(seed.replace(/\n/g, "\r\n"))).toEqual(original);
  });

  it("gives the same result with extra blank lines and trailing spaces", () => {
    expect(parseGuideText(`\n\n${seed.replace(/\n/g, "  \n\n\n")}\n\n`)).toEqual(original);
  });

  it("gives the same result without the headings' emoji", () => {
    const plain = seed.replace(/^(?:📦|📝|💡|📚) /gmu, "");
    expect(plain).not.toContain("📦");
    expect(parseGuideText(plain)).toEqual(original);
  });

  it("reads sections that come in another order", () => {
    const faq = cutSection(seed, "Frequently Asked Questions");
    const redFlags = cutSection(faq.rest, "Red Flags (Watch Out For)", "ATS Keywords for ML Infrastructure");
    const misconceptions = cutSection(redFlags.rest, "Common Misconceptions", "Where ML Infrastructure is Used");
    const reordered = misconceptions.rest.replace(
      "\nWhat is ML Infrastructure?\n",
      `${faq.section}\n${redFlags.section}\nWhat is ML Infrastructure?\n`,
    );
    const text = `${reordered}\n${misconceptions.section}\n`;
    expect(text.indexOf("Frequently Asked Questions")).toBeLessThan(text.indexOf("Common Misconceptions"));
    expect(parseGuideText(text)).toEqual(original);
  });

  it("leaves out a missing optional section with a warning", () => {
    const { rest } = cutSection(seed, "Red Flags (Watch Out For)", "ATS Keywords for ML Infrastructure");
    const { guide, warnings } = parseImportable(rest);
    expect(guide.redFlags).toBeUndefined();
    expect(guide.phases).toEqual(original.guide.phases);
    expect(warnings).toContainEqual({
      kind: "missingSection",
      path: "redFlags",
      message: 'No "Red Flags (Watch Out For)" section; left out',
    });
  });

  it("reports a line it cannot place instead of dropping it silently", () => {
    const last = "  • Ignoring security and access controls for ML artifacts\n";
    const { guide, warnings } = parseImportable(replaceOnce(seed, last, `${last}Sponsored: try our course\n`));
    expect(guide.redFlags).toEqual(original.guide.redFlags);
    const ignored = warnings.filter((w) => w.kind === "ignoredText");
    expect(ignored).toHaveLength(1);
    expect(ignored[0]!.path).toBe("redFlags");
    expect(ignored[0]!.message).toContain('"Sponsored: try our course"');
  });

  it("keeps a paragraph under a phase's hours as the phase summary", () => {
    const text = replaceOnce(seed, "60 hours\n\nGoals", "60 hours\n\nStart with the basics.\n\nGoals");
    expect(parseImportable(text).guide.phases[0]!.summary).toBe("Start with the basics.");
  });
});
