import { describe, expect, it } from "vitest";
import { firstJsonError } from "@/lib/guide-files/json-position";
import { planList, summarizePlan, planImport, type Row } from "@/lib/guide-files/plan";
import { jsonErrorMessage, readGuideSource } from "@/lib/guide-files/source";
import { applySplitCorrections } from "@/lib/guide-files/splits";
import { fileFromStored, storedFromFile } from "@/lib/guide-files/stored";
import { guideFileSchema } from "@/lib/guides/format/schema";
import { cutSection, parseImportable, readSeedText, replaceOnce } from "@/tests/support/guide-text";

const seed = readSeedText();
const parsed = parseImportable(seed);

describe("invalid JSON is named by line and column", () => {
  it.each([
    ['{\n  "a": [1, ]\n}', 2, 12, "a trailing comma"],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, "expected a comma or a closing brace"],
    ["{'a': 1}", 1, 2, "expected a property name in double quotes"],
    ['{"a": "unterminated', 1, 20, "an unterminated string"],
    ['{"a": 1} x', 1, 10, "unexpected text after the end"],
    ["", 1, 1, "unexpected end of the text"],
  ])("%j → line %i, column %i", (text, line, column, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorMessage(text, new Error("x"))).toBe(`Invalid JSON at line ${line}, column ${column}: ${reason}`);
  });

  it("finds nothing wrong in valid JSON", () => {
    for (const text of ['{"a":[1,2.5e3,-0,true,null,"\\u00e9\\n"]}', "[]", " 42 "])
      expect(firstJsonError(text)).toBeNull();
  });
});

describe("correcting a guessed split", () => {
  const split = parsed.warnings.find((w) => w.kind === "guessedSplit" && w.path === "phases[0].topics")!;

  it("joins, splits and rewords the proposed items in place, keeping the other items", () => {
    const items = [
      `${split.proposed![0]} and more`,
      `${split.proposed![1]} ${split.proposed![2]}`,
      ...split.proposed!.slice(3),
    ];
    const result = applySplitCorrections(parsed.guide, parsed.warnings, [
      { path: split.path, original: split.original!, items },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.phases[0]!.topics.map((t) => t.title)).toEqual(items);
    expect(result.file.phases[1]).toEqual(parsed.guide.phases[1]);
    expect(parsed.guide.phases[0]!.topics.map((t) => t.title)).toEqual(split.proposed); // the input is untouched
  });

  it("splits a plain-text list (industries) into strings", () => {
    const industries = parsed.warnings.find((w) => w.path === "industries")!;
    const items = [...industries.proposed!.slice(0, 2), "Automotive", "Manufacturing"];
    const result = readGuideSource("text", seed, [{ path: "industries", original: industries.original!, items }]);
    expect(result.ok && result.file.industries).toEqual(items);
  });

  it("refuses a correction of a split the text does not have, or with no items", () => {
    const stale = applySplitCorrections(parsed.guide, parsed.warnings, [
      { path: split.path, original: "nope", items: ["a"] },
    ]);
    expect(stale).toEqual({ ok: false, errors: [{ path: split.path, message: expect.stringMatching(/no longer/) }] });
    const empty = applySplitCorrections(parsed.guide, parsed.warnings, [
      { path: split.path, original: split.original!, items: [" ", ""] },
    ]);
    expect(empty.ok).toBe(false);
  });
});

describe("from the file format to the stored guide and back", () => {
  it("fills what copied text lacks with stated defaults, and says so", () => {
    const { guide, notes } = storedFromFile(parsed.guide);
    expect(guide.phases[0]!.topics[0]!.key).toBe("p1-topic-ml-lifecycle-stages-and-infrastructure-needs");
    expect(guide.levels.map((l) => l.difficulty)).toEqual(["BEGINNER", "INTERMEDIATE", "ADVANCED", "EXPERT"]);
    expect(guide.levels[0]!.requirements.minTotalHours).toBe(0);
    expect(guide.levels.at(-1)!.requirements.minTotalHours).toBe(parsed.guide.totalHours);
    expect(guide.quiz).toEqual([]); // the page's quiz prompts have no options
    expect(guide.defaulted).toEqual(["keyCharacteristics", "reviewWindowDays", "quizQuestions"]);
    expect(guide.phases[0]!.defaulted).toEqual(["summary"]);
    expect(notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^3 quiz question\(s\) have no answer options/),
        expect.stringMatching(/^1 FAQ answer\(s\) have no question/),
      ]),
    );
  });

  it("exports what it stores: file → stored → file → stored changes nothing", () => {
    const first = storedFromFile(parsed.guide).guide;
    const file = guideFileSchema.parse(fileFromStored(first, 1));
    const second = storedFromFile(file);
    const { defaulted: _guideDefaults, ...expected } = first;
    const strip = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(strip)
        : value && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (k === "defaulted" ? [] : [[k, strip(v)]])))
          : value;
    expect(second.guide).toEqual(strip(expected));
    expect(second.notes).toEqual([]);
  });
});

describe("planning a new version", () => {
  const row = (id: string, key: string, title: string, archived = false, position = 0): Row => ({
    id,
    key,
    archived,
    values: { title, position },
  });

  it("matches by key, then by title; adds, changes, archives and restores", () => {
    const plan = planList(
      "topics",
      [
        row("1", "a", "Alpha"),
        row("2", "b", "Beta", false, 1),
        row("3", "c", "Gamma", true, 2),
        row("4", "d", "Delta", false, 3),
      ],
      [
        { key: "a", values: { title: "Alpha renamed", position: 0 } },
        { key: "p1-topic-beta", values: { title: "beta", position: 1 } },
        { key: "c", values: { title: "Gamma", position: 2 } },
        { key: "e", values: { title: "Epsilon", position: 3 } },
      ],
    );
    expect(plan.added.map((i) => i.key)).toEqual(["e"]);
    expect(plan.matched.map((m) => [m.existing.id, m.changed, m.restored])).toEqual([
      ["1", ["title"], false],
      ["2", ["title"], false],
      ["3", [], true],
    ]);
    expect(plan.removed.map((r) => r.id)).toEqual(["4"]);
  });

  it("plans nothing for the guide it came from, and everything as added for a new guide", () => {
    const guide = storedFromFile(parsed.guide).guide;
    const fresh = summarizePlan(planImport(null, guide));
    expect(fresh.find((s) => s.section === "Phases")!.added).toHaveLength(3);
  });
});

describe("the parser on a six-phase guide", () => {
  it("reads six phases and their hours", () => {
    const { section } = cutSection(seed, "3\n\nAdvanced Architecture & Optimization", "Portfolio Project Ideas");
    const extra = [4, 5, 6]
      .map((n) => replaceOnce(section, "\n3\n\nAdvanced Architecture & Optimization", `\n${n}\n\nExtra Phase ${n}`))
      .join("");
    let text = seed.replace("\nPortfolio Project Ideas\n", `${extra}\nPortfolio Project Ideas\n`);
    text = replaceOnce(text, "360 hours total", "900 hours total");
    text = replaceOnce(text, "Est. Hours360h", "Est. Hours900h");
    text = replaceOnce(text, "Learning Phases3", "Learning Phases6");
    const { guide } = parseImportable(text);
    expect(guide.phases.map((p) => p.hours)).toEqual([60, 120, 180, 180, 180, 180]);
    expect(guide.phases.map((p) => p.title).slice(3)).toEqual(["Extra Phase 4", "Extra Phase 5", "Extra Phase 6"]);
    expect(storedFromFile(guide).guide.phases[5]!.topics[0]!.key).toMatch(/^p6-topic-/);
  });
});
