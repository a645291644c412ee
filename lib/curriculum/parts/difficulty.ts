import { skillLevelNames } from "@/lib/guides/guide-schema";

/** How a project or use case names its difficulty: the guide's skill levels. */
export const DIFFICULTY_LABELS: Record<(typeof skillLevelNames)[number], string> = {
  BEGINNER: "Beginner",
  INTERMEDIATE: "Intermediate",
  ADVANCED: "Advanced",
  EXPERT: "Expert",
};
