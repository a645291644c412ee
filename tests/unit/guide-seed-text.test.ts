import { describe, expect, it } from "vitest";
import pageText from "@/lib/guides/content/ml-infrastructure.guide.json" with { type: "json" };
import { mlInfrastructureGuide, mlInfrastructurePage } from "@/lib/guides/content/ml-infrastructure";
import { guideFileSchema } from "@/lib/guides/format/schema";
import { parseImportable, readSeedText } from "@/tests/support/guide-text";

/**
 * Issue 13 item 5: the ML Infrastructure guide's seed is the seed page's text, parsed, plus
 * Skilltrail's editorial additions. The committed JSON must be exactly what the parser makes of
 * the seed text, and the stored guide's text must all come from it.
 */
describe("the seed guide is the seed text, parsed", () => {
  const parsed = parseImportable(readSeedText()).guide;

  it("parsing the seed text reproduces every item of the committed guide word for word", () => {
    expect(guideFileSchema.parse(pageText)).toEqual(parsed);
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(pageText);
  });

  it("takes every text of the stored guide from the parsed page", () => {
    const g = mlInfrastructureGuide;
    const p = mlInfrastructurePage;
    expect([g.title, g.category, g.tagline, g.overview]).toEqual([p.title, p.category, p.tagline, p.overview]);
    expect(g.phases.map((ph) => [ph.title, ph.estimatedHours, ph.goals])).toEqual(
      p.phases.map((ph) => [ph.title, ph.hours, ph.goals]),
    );
    expect(g.phases.flatMap((ph) => [...ph.topics, ...ph.actions, ...ph.deliverables].map((i) => i.title))).toEqual(
      p.phases.flatMap((ph) => [...ph.topics, ...ph.actions, ...ph.deliverables].map((i) => i.title)),
    );
    expect(g.subSkills.map((s) => [s.name, s.weightPercent, s.description, s.exampleTasks])).toEqual(
      p.subSkills.map((s) => [s.name, s.weight, s.description, s.exampleTasks]),
    );
    expect(g.levels.map((l) => [l.name, l.summary, l.typicalExperience, l.capabilities])).toEqual(
      p.levels.map((l) => [l.name, l.summary, l.typicalExperience, l.canDo]),
    );
    expect(g.quiz.filter((q) => q.origin === "guide").map((q) => q.prompt)).toEqual(
      p.quizQuestions!.map((q) => q.prompt),
    );
    expect(g.selfChecks.map((q) => q.prompt)).toEqual(p.selfCheckQuestions!.map((q) => q.prompt));
    expect(g.redFlags.map((f) => f.text)).toEqual(p.redFlags!.map((f) => f.text));
    expect(g.faqs.map((f) => f.answer)).toEqual(p.faq!.map((f) => f.answer));
    expect(g.sections.INDUSTRY).toEqual(p.industries);
    expect(g.sections.RESUME_PHRASE).toEqual(p.resumePhrases);
  });
});
