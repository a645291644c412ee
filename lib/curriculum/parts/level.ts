import { lines, number, text, textarea } from "@/lib/curriculum/fields";
import { DIFFICULTY_LABELS } from "@/lib/curriculum/parts/difficulty";
import { definePart } from "@/lib/curriculum/parts/types";

/**
 * Threshold bounds: the guide schema's (lib/guides/guide-schema.ts, levelRequirementsSchema),
 * all inside the database's Level_requirements_range CHECK (counts ≥ 0, percents and scores 0…100).
 */
export const LEVEL_BOUNDS = {
  minTotalHours: { min: 0, max: 100_000 },
  minPhasesCompleted: { min: 0, max: 50 },
  minQuizPercent: { min: 0, max: 100 },
  minOverallScore: { min: 0, max: 100 },
  minSubSkillScore: { min: 0, max: 100 },
  minApprovedProjects: { min: 0, max: 20 },
} as const;

const threshold = (name: keyof typeof LEVEL_BOUNDS, label: string, what: string, unit: string) =>
  number(name, label, what, LEVEL_BOUNDS[name], { unit, half: true });

/**
 * Levels are edited in place, not added, removed or reordered: the proficiency model places a
 * learner at the highest level whose every threshold is met, in this fixed order, so no
 * threshold may be lower than the level's before it.
 */
export const level = definePart({
  key: "level",
  model: "Level",
  list: "fixed",
  parent: "guide",
  label: "name",
  fields: [
    text("name", "Name", "a name", 80),
    textarea("summary", "Summary", "a summary"),
    text("typicalExperience", "Typical experience", "the typical experience", 300),
    lines("capabilities", "Capabilities", "capabilities"),
    threshold("minTotalHours", "Total hours at least", "total hours", "h"),
    threshold("minPhasesCompleted", "Phases completed at least", "phases completed", "phases"),
    threshold("minQuizPercent", "Counted quiz at least", "the quiz percent", "%"),
    threshold("minOverallScore", "Overall score at least", "the overall score", "of 100"),
    threshold("minSubSkillScore", "Every sub-skill's score at least", "the sub-skill score", "of 100"),
    threshold("minApprovedProjects", "Approved projects at least", "approved projects", "projects"),
  ],
  nonDecreasing: Object.keys(LEVEL_BOUNDS),
  extraColumns: ["difficulty"],
  route: "levels",
  title: "Levels & thresholds",
  intro:
    "A learner is placed at the highest level whose every requirement they meet. Keep each level's thresholds at or above the one before.",
  noun: "Level",
  plural: "levels",
  singular: "level",
  empty: "This guide has no levels",
  itemTitle: "{n}. {name}",
  meta: [
    { text: "{difficulty}", badge: "neutral", labels: DIFFICULTY_LABELS },
    {
      text: "{minTotalHours} h · {minPhasesCompleted} phases · quiz {minQuizPercent} % · overall {minOverallScore} · every sub-skill {minSubSkillScore} · {minApprovedProjects} projects",
    },
  ],
});
