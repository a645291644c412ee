/**
 * The one rubric scale: four levels, each criterion describing what its work looks like at
 * each (the columns of RubricCriterion, in this order). Stored as 1..4 on RubricScore (a CHECK
 * keeps the range). Pure, shared by the editor, the review form, the learner's pages and the
 * proficiency feed.
 */
export const RUBRIC_LEVELS = [
  { level: 1, name: "Not yet", column: "notYet" },
  { level: 2, name: "Developing", column: "developing" },
  { level: 3, name: "Proficient", column: "proficient" },
  { level: 4, name: "Exemplary", column: "exemplary" },
] as const;

export type RubricLevel = (typeof RUBRIC_LEVELS)[number]["level"];
export type DescriptorColumn = (typeof RUBRIC_LEVELS)[number]["column"];
export const MIN_RUBRIC_LEVEL = 1;
export const MAX_RUBRIC_LEVEL = RUBRIC_LEVELS.length;

export const rubricLevelName = (level: number): string =>
  RUBRIC_LEVELS.find((l) => l.level === level)?.name ?? `Level ${level}`;

/** A criterion's descriptors in level order. */
export const descriptorsOf = (criterion: Record<DescriptorColumn, string>): string[] =>
  RUBRIC_LEVELS.map((l) => criterion[l.column]);
