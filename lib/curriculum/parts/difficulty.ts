import { choice } from "@/lib/curriculum/fields";
import type { skillLevelNames } from "@/lib/guides/guide-schema";

/** How a project or use case names its difficulty: the guide's skill levels. */
export const DIFFICULTY_LABELS: Record<(typeof skillLevelNames)[number], string> = {
  BEGINNER: "Beginner",
  INTERMEDIATE: "Intermediate",
  ADVANCED: "Advanced",
  EXPERT: "Expert",
};

/** The difficulty field of the parts that have one. */
export const difficultyField = choice("difficulty", "Difficulty", DIFFICULTY_LABELS, "Choose a difficulty.", {
  half: true,
  placeholder: "Choose…",
});
