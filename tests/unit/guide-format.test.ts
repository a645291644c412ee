import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { GUIDE_FORMAT_SCHEMA_PATH, guideFormatJsonSchema } from "@/lib/guides/format/json-schema";
import { keyFromTitle, withDerivedKeys } from "@/lib/guides/format/keys";
import { guideFileSchema, type GuideFile } from "@/lib/guides/format/schema";
import { parseImportable, readSeedText } from "@/tests/support/guide-text";

const seedGuide = parseImportable(readSeedText()).guide;
const copy = (): GuideFile => structuredClone(seedGuide);
const issuesOf = (input: unknown) => {
  const result = guideFileSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe("the committed JSON Schema", () => {
  it("is the one generated from the zod schema (else run npm run guide:schema)", () => {
    const path = resolve(import.meta.dirname, "../..", GUIDE_FORMAT_SCHEMA_PATH);
    expect(existsSync(path), `${GUIDE_FORMAT_SCHEMA_PATH} is missing: run npm run guide:schema`).toBe(true);
    const committed: unknown = JSON.parse(readFileSync(path, "utf8"));
    expect(committed, `${GUIDE_FORMAT_SCHEMA_PATH} is out of date: run npm run guide:schema`).toEqual(
      guideFormatJsonSchema(),
    );
  });

  it("lists the format's top-level keys and requires only what every guide has", () => {
    const schema = guideFormatJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["phases", "subSkills", "faq", "redFlags"]));
    expect(schema.required.sort()).toEqual(["formatVersion", "levels", "phases", "subSkills", "title", "totalHours"]);
  });
});

describe("keys derived from titles", () => {
  it("slugifies titles into stored keys", () => {
    expect(keyFromTitle("Monitoring & Observability")).toBe("monitoring-and-observability");
    expect(keyFromTitle("Résumé Phrasing — CI/CD")).toBe("resume-phrasing-ci-cd");
    const long = keyFromTitle("A very long deliverable title ".repeat(6));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it("fills every key of a parsed guide, uniquely and the same way each time", () => {
    const keyed = withDerivedKeys(seedGuide);
    expect(keyed.key).toBe("ml-infrastructure");
    expect(keyed.subSkills.map((s) => s.key)).toEqual([
      "data-pipeline-engineering",
      "model-serving-architecture",
      "ml-pipeline-automation",
      "monitoring-and-observability",
      "infrastructure-as-code",
      "ml-governance-and-security",
    ]);
    expect(keyed.phases[0]!.topics[0]!.key).toBe("p1-topic-ml-lifecycle-stages-and-infrastructure-needs");
    expect(guideFileSchema.safeParse(keyed).success).toBe(true);
    expect(withDerivedKeys(seedGuide)).toEqual(keyed);
  });

  it("keeps given keys and numbers repeated titles", () => {
    const guide = copy();
    guide.redFlags = [{ text: "Same" }, { text: "Same" }, { key: "same-2", text: "Other" }];
    expect(withDerivedKeys(guide).redFlags.map((f) => f.key)).toEqual(["same", "same-3", "same-2"]);
  });
});

describe("the format's rules", () => {
  it("accepts the parsed seed guide", () => {
    expect(issuesOf(copy())).toEqual([]);
  });

  it("refuses weights that do not sum to 100 and hours that miss the total", () => {
    const guide = copy();
    guide.subSkills[0]!.weight = 24;
    guide.totalHours = 400;
    expect(issuesOf(guide)).toEqual([
      "Sub-skill weights sum to 99, not 100",
      "Phase hours sum to 360 (60 + 120 + 180), but the guide states 400 hours in total",
    ]);
  });

  it("refuses duplicate keys, unknown sub-skill keys and an answer without options", () => {
    const guide = withDerivedKeys(copy());
    guide.levels[1]!.key = guide.levels[0]!.key;
    guide.redFlags[0]!.subSkillKey = "no-such-skill";
    guide.quizQuestions[0]!.correctOption = 2;
    expect(issuesOf(guide)).toEqual([
      "correctOption must point at one of the question's options",
      "Duplicate key beginner in levels",
      "Unknown sub-skill key no-such-skill",
    ]);
  });
});

describe("docs/guide-format.md", () => {
  it("shows an example that is a valid guide file", () => {
    const doc = readFileSync(resolve(import.meta.dirname, "../../docs/guide-format.md"), "utf8");
    const example = /```json\n([\s\S]*?)\n```/.exec(doc);
    expect(example, "the doc has a ```json example").not.toBeNull();
    expect(issuesOf(JSON.parse(example![1]!))).toEqual([]);
  });
});
