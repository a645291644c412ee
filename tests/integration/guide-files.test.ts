import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

const { previewGuideImportAction, saveGuideImportAction } = await import("@/lib/guide-files/actions");
const { GET: exportRoute } = await import("@/app/api/admin/guides/[slug]/export/route");
const { GET: schemaRoute } = await import("@/app/api/guides/format-schema/route");
const { guideFileSchema } = await import("@/lib/guides/format/schema");
const { curriculumChangesSince } = await import("@/lib/guides/changes");
const { createTestUser, createEnrolledLearner, testDb } = await import("../support/db");
const { readSeedText } = await import("../support/guide-text");

type Result = { ok: boolean; message: string; data?: Record<string, unknown>; fieldErrors?: Record<string, string[]> };
const slugOf = () => `import-${randomUUID().slice(0, 8)}`;

async function exportJson(slug: string): Promise<Record<string, unknown>> {
  const response = await exportRoute(new Request(`http://localhost/api/admin/guides/${slug}/export`), {
    params: Promise.resolve({ slug }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

async function importAs(target: "new" | "existing", slug: string, content: string, format: "json" | "text" = "json") {
  return (await saveGuideImportAction({ format, content, target, slug, corrections: [] })) as Result;
}

beforeEach(async () => {
  signInAs(await createTestUser("ADMIN"));
});

describe("the guide format's JSON Schema", () => {
  it("is served as the committed docs/guide-format.schema.json", async () => {
    const response = await schemaRoute();
    expect(response.status).toBe(200);
    const committed = JSON.parse(
      readFileSync(resolve(import.meta.dirname, "../../docs/guide-format.schema.json"), "utf8"),
    );
    expect(await response.json()).toEqual(committed);
  });
});

describe("exporting a guide", () => {
  it("downloads the seeded guide as a valid guide file, as an attachment", async () => {
    const response = await exportRoute(new Request("http://localhost/api/admin/guides/ml-infrastructure/export"), {
      params: Promise.resolve({ slug: "ml-infrastructure" }),
    });
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="ml-infrastructure.guide.json"');
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    const file = guideFileSchema.parse(await response.json());
    const seeded = await testDb().guide.findUniqueOrThrow({
      where: { slug: "ml-infrastructure" },
      include: { phases: { where: { archivedAt: null } }, quizQuestions: { where: { archivedAt: null } } },
    });
    expect(file.title).toBe(seeded.title);
    expect(file.phases).toHaveLength(seeded.phases.length);
    expect(file.quizQuestions).toHaveLength(seeded.quizQuestions.length);
    expect(file.phases[0]!.topics[0]!.key).toMatch(/^p1-/);
  });

  it("answers 404 with a readable error for an unknown guide", async () => {
    const response = await exportRoute(new Request("http://localhost/api/admin/guides/nope/export"), {
      params: Promise.resolve({ slug: "no-such-guide" }),
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "No guide has that slug." });
  });
});

describe("importing a guide", () => {
  it("round trip: export → import as a new guide → export is identical up to the slug", async () => {
    const original = await exportJson("ml-infrastructure");
    const slug = slugOf();
    const saved = await importAs("new", slug, JSON.stringify(original));
    expect(saved.ok, saved.message).toBe(true);
    const again = await exportJson(slug);
    expect({ ...again, key: "x" }).toEqual({ ...original, key: "x" });
    const audit = await testDb().auditLog.findFirst({
      where: { action: "guide.imported", entityLabel: original.title as string },
    });
    expect(audit).not.toBeNull();
  });

  it("reads the seed page's text, previews its guessed splits and saves the admin's correction", async () => {
    const slug = slugOf();
    const content = readSeedText();
    const preview = (await previewGuideImportAction({ format: "text", content, target: "new", slug })) as Result;
    expect(preview.ok, preview.message).toBe(true);
    const splits = preview.data!.splits as Array<{ path: string; original: string; proposed: string[] }>;
    const industries = splits.find((s) => s.path === "industries")!;
    expect(industries.proposed).toContain("Finance and FinTech");
    // The admin joins two items and rewords one.
    const items = ["Technology, SaaS, Finance and FinTech", ...industries.proposed.slice(2)];
    const correction = { path: industries.path, original: industries.original, items };
    const saved = (await saveGuideImportAction({
      format: "text",
      content,
      target: "new",
      slug,
      corrections: [correction],
    })) as Result;
    expect(saved.ok, saved.message).toBe(true);
    const stored = await testDb().guideTextItem.findMany({
      where: { guide: { slug }, kind: "INDUSTRY" },
      orderBy: { position: "asc" },
    });
    expect(stored.map((t) => t.text)).toEqual(items);
  });

  it("refuses a split correction the text does not have, at the corrections field", async () => {
    const result = (await previewGuideImportAction({
      format: "text",
      content: readSeedText(),
      target: "new",
      slug: slugOf(),
      corrections: [{ path: "industries", original: "Not in the text", items: ["a"] }],
    })) as Result;
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.corrections?.[0]).toMatch(/no longer in the text/);
  });

  it("names invalid JSON's line and column, and schema problems by path, at the content field", async () => {
    const broken = (await previewGuideImportAction({
      format: "json",
      content: '{\n  "title": "X",\n  "phases": [1, ]\n}',
      target: "new",
    })) as Result;
    expect(broken.ok).toBe(false);
    expect(broken.fieldErrors?.content?.[0]).toMatch(/^Invalid JSON at line 3, column \d+/);

    const wrong = (await previewGuideImportAction({
      format: "json",
      content: JSON.stringify({ formatVersion: 1, title: "X", totalHours: 10, phases: [], subSkills: [], levels: [] }),
      target: "new",
    })) as Result;
    expect(wrong.ok).toBe(false);
    expect(wrong.fieldErrors?.content).toEqual(expect.arrayContaining([expect.stringMatching(/^phases: /)]));

    const text = (await previewGuideImportAction({ format: "text", content: "Just a line", target: "new" })) as Result;
    expect(text.ok).toBe(false);
    expect(text.fieldErrors?.content?.length).toBeGreaterThan(0);
  });

  it("refuses a slug that is taken for a new guide, at the slug field", async () => {
    const result = await importAs("new", "ml-infrastructure", readSeedText(), "text");
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.slug?.[0]).toMatch(/exists/);
  });
});

describe("importing a new version of a guide", () => {
  it("shows what changes, archives what it drops, keeps a learner's progress and tells them", async () => {
    const slug = slugOf();
    const original = await exportJson("ml-infrastructure");
    expect((await importAs("new", slug, JSON.stringify(original))).ok).toBe(true);
    const guide = await testDb().guide.findUniqueOrThrow({ where: { slug } });
    const firstTopic = await testDb().checklistItem.findFirstOrThrow({
      where: { phase: { guideId: guide.id, position: 0 }, kind: "TOPIC", position: 0 },
    });
    const learner = await createEnrolledLearner({ guideId: guide.id, startedAt: new Date(Date.now() - 60_000) });
    await testDb().checklistProgress.create({
      data: { learnerId: learner.id, itemId: firstTopic.id, completedAt: new Date() },
    });

    // The new version drops the first topic of phase 1, adds one, and changes phase 2's hours and the total.
    const next = structuredClone(original) as {
      totalHours: number;
      phases: Array<{ hours: number; topics: Array<{ key?: string; title: string }> }>;
    };
    next.phases[0]!.topics = [...next.phases[0]!.topics.slice(1), { title: "Serving with gRPC" }];
    next.phases[1]!.hours += 5;
    next.totalHours += 5;
    const content = JSON.stringify(next);

    const preview = (await previewGuideImportAction({ format: "json", content, target: "existing", slug })) as Result;
    expect(preview.ok, preview.message).toBe(true);
    const changes = preview.data!.changes as Array<{
      section: string;
      added: string[];
      changed: string[];
      archived: string[];
    }>;
    expect(changes).toEqual(
      expect.arrayContaining([
        { section: "Phase 1: Key topics", added: ["Serving with gRPC"], changed: [], archived: [firstTopic.title] },
        expect.objectContaining({ section: "Phases", changed: [expect.stringMatching(/\(estimatedHours\)$/)] }),
      ]),
    );
    const before = await testDb().checklistItem.count({ where: { phase: { guideId: guide.id } } });

    const saved = await importAs("existing", slug, content);
    expect(saved.ok, saved.message).toBe(true);
    // Archived, not deleted; the learner's tick is still there.
    expect(await testDb().checklistItem.count({ where: { phase: { guideId: guide.id } } })).toBe(before + 1);
    const archived = await testDb().checklistItem.findUniqueOrThrow({ where: { id: firstTopic.id } });
    expect(archived.archivedAt).not.toBeNull();
    expect(await testDb().checklistProgress.count({ where: { learnerId: learner.id, itemId: firstTopic.id } })).toBe(1);

    const sentences = await curriculumChangesSince(guide.id, new Date(Date.now() - 30_000));
    expect(sentences).toEqual(
      expect.arrayContaining([
        "New topic: Serving with gRPC",
        `Archived topic: ${firstTopic.title}`,
        expect.stringMatching(/^Phase 2 now estimates \d+ h \(was \d+ h\)$/),
      ]),
    );

    // Importing the same file again changes nothing.
    const again = (await previewGuideImportAction({ format: "json", content, target: "existing", slug })) as Result;
    expect(again.data!.changes).toEqual([]);
  });

  it("a page's text over the guide seeded from it changes nothing: what the text lacks is left as stored", async () => {
    const preview = (await previewGuideImportAction({
      format: "text",
      content: readSeedText(),
      target: "existing",
      slug: "ml-infrastructure",
    })) as Result;
    expect(preview.ok, preview.message).toBe(true);
    expect(preview.data!.changes).toEqual([]);
  });

  it("refuses an unknown guide at the slug field", async () => {
    const result = await importAs("existing", "no-such-guide", JSON.stringify(await exportJson("ml-infrastructure")));
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.slug).toBeDefined();
  });
});
