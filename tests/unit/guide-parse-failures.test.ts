import { describe, expect, it } from "vitest";
import { parseGuideText, type ParseTextResult } from "@/lib/guides/format/parse-text";
import { cutSection, readSeedText, replaceOnce } from "@/tests/support/guide-text";

/** Pages that are not complete enough to import: an error result with a clear message, never a throw. */
const seed = readSeedText();

function errorsOf(result: ParseTextResult) {
  if (result.ok) throw new Error("Expected the text to be refused, but it parsed");
  return result.errors;
}

describe("refusing a guide that is not complete enough to import", () => {
  it("refuses an empty text", () => {
    expect(errorsOf(parseGuideText(" \r\n\n"))).toEqual([{ path: "", message: "The text is empty" }]);
  });

  it("refuses a text that is not a guide page, naming what is missing", () => {
    const errors = errorsOf(parseGuideText("Hello\nThis is a shopping list.\n"));
    expect(errors.map((e) => e.path)).toEqual(["title", "phases", "subSkills", "levels"]);
    expect(errors[1]!.message).toContain('"Learning Path for …"');
  });

  it("refuses a guide without its learning path", () => {
    const { rest } = cutSection(seed, "Learning Path for ML Infrastructure", "Portfolio Project Ideas");
    const errors = errorsOf(parseGuideText(rest));
    expect(errors).toEqual([
      {
        path: "phases",
        message:
          'No learning phases found: expected a "Learning Path for ML Infrastructure" section with an "N hours" line under each phase title',
      },
    ]);
  });

  it("refuses a guide without sub-skills", () => {
    const { rest } = cutSection(seed, "ML Infrastructure Sub-skills Breakdown", "Learning Path for ML Infrastructure");
    const errors = errorsOf(parseGuideText(rest));
    expect(errors.map((e) => e.path)).toEqual(["subSkills"]);
    expect(errors[0]!.message).toMatch(/^No sub-skills found/);
  });

  it("refuses sub-skill weights that do not sum to 100", () => {
    const text = seed.replaceAll(/^25%$/gm, "30%");
    expect(errorsOf(parseGuideText(text))).toEqual([
      { path: "subSkills", message: "Sub-skill weights sum to 105, not 100" },
    ]);
  });

  it("refuses phase hours that do not sum to the stated total", () => {
    const text = replaceOnce(seed, /^60 hours$/m, "70 hours");
    expect(errorsOf(parseGuideText(text))).toEqual([
      {
        path: "totalHours",
        message: "Phase hours sum to 370 (70 + 120 + 180), but the guide states 360 hours in total",
      },
    ]);
  });

  it("refuses a phase lost from the text, which Quick Stats still counts", () => {
    const { rest } = cutSection(seed, "3\n\nAdvanced Architecture & Optimization", "Portfolio Project Ideas");
    const text = replaceOnce(
      replaceOnce(rest, "360 hours total", "180 hours total"),
      "Est. Hours360h",
      "Est. Hours180h",
    );
    expect(errorsOf(parseGuideText(text))).toEqual([
      { path: "phases", message: "Quick Stats states 3 learning phases but 2 were found in the text" },
    ]);
  });

  it("refuses two different totals", () => {
    const text = replaceOnce(seed, "Est. Hours360h", "Est. Hours400h");
    expect(errorsOf(parseGuideText(text))).toEqual([
      { path: "totalHours", message: "Quick Stats states 400 hours but the learning path states 360 hours total" },
    ]);
  });

  it("refuses a phase without deliverables, pointing at it", () => {
    const text = replaceOnce(
      seed,
      "📦 Deliverables\n\n  • Dockerized ML application with basic API\n  • MLflow experiment tracking setup\n  • Deployed model with basic monitoring\n",
      "",
    );
    const result = parseGuideText(text);
    expect(errorsOf(result).map((e) => e.path)).toEqual(["phases[0].deliverables"]);
    expect(result.warnings).toContainEqual({
      kind: "missingSection",
      path: "phases[0].deliverables",
      message: "This phase has no deliverables heading",
    });
  });

  it("returns what it could read with the errors, for a preview", () => {
    const result = parseGuideText(replaceOnce(seed, /^60 hours$/m, "70 hours"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect((result.draft as { phases: unknown[] }).phases).toHaveLength(3);
  });

  it("never throws, whatever the text", () => {
    const oddities = [
      "Learning Path for X\n\n60 hours",
      "X Skill Guide\n\nX Sub-skills Breakdown\n\n50%\n\n50%",
      "What You Can Do at This Level\n•\n•",
      "Q1:\n\nA) only one option",
      "\u0000\u0001 Skill Guide\n(((((((\n))))\n" + "ab".repeat(5000),
    ];
    for (const text of oddities) {
      const result = parseGuideText(text);
      expect(result.ok, text.slice(0, 40)).toBe(false);
    }
  });
});
