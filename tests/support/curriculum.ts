import { randomUUID } from "node:crypto";
import { mlInfrastructureGuide } from "@/lib/guides/content/ml-infrastructure";
import { LEVEL_REQUIREMENT_KEYS, type LevelRequirements } from "@/lib/guides/guide-schema";
import type { GuideStatus } from "@/lib/generated/prisma/client";
import { seedGuide } from "@/lib/guides/seed";
import { testDb } from "./db";

/**
 * A private copy of the seeded guide under its own slug, for tests that edit the curriculum:
 * they never change the shared "ml-infrastructure" guide other tests (and the e2e run) read.
 */
export async function createFixtureGuide({ status = "PUBLISHED" }: { status?: GuideStatus } = {}) {
  const slug = `test-guide-${randomUUID().slice(0, 8)}`;
  const { guideId } = await seedGuide(testDb(), { ...mlInfrastructureGuide, slug }, { status });
  return testDb().guide.findUniqueOrThrow({
    where: { id: guideId },
    include: {
      phases: {
        orderBy: { position: "asc" },
        include: {
          checklistItems: { orderBy: [{ kind: "asc" }, { position: "asc" }] },
          deliverables: { orderBy: { position: "asc" } },
        },
      },
      subSkills: { orderBy: { position: "asc" } },
      levels: { orderBy: { position: "asc" } },
      quizQuestions: { orderBy: { position: "asc" } },
      selfChecks: { orderBy: { position: "asc" } },
      projects: { orderBy: { position: "asc" } },
      faqs: { orderBy: { position: "asc" } },
    },
  });
}
export type FixtureGuide = Awaited<ReturnType<typeof createFixtureGuide>>;

let shared: Promise<FixtureGuide> | undefined;
/** One fixture guide per test file, for calls that only need some guide to act on. */
export function sharedFixtureGuide(): Promise<FixtureGuide> {
  shared ??= createFixtureGuide();
  return shared;
}

/** A fresh, unused FAQ entry on a guide: something an action may move, delete or archive. */
export async function createFaq(guideId: string, archived = false) {
  const position = (await testDb().faq.count({ where: { guideId } })) + 1000;
  return testDb().faq.create({
    data: {
      guideId,
      key: `faq-${randomUUID()}`,
      position,
      question: `Question ${position}?`,
      answer: "An answer.",
      archivedAt: archived ? new Date() : null,
    },
  });
}

/** A level row's six thresholds, its other columns left out. */
export function requirementsOf(level: LevelRequirements): LevelRequirements {
  return Object.fromEntries(LEVEL_REQUIREMENT_KEYS.map((key) => [key, level[key]])) as LevelRequirements;
}
