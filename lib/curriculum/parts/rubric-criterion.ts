import { text, textarea, type FieldDescription } from "@/lib/curriculum/fields";
import { orderedPart } from "@/lib/curriculum/parts/types";
import { RUBRIC_LEVELS } from "@/lib/rubrics/scale";

/** The title, then one descriptor per level of the scale (lib/rubrics/scale.ts), in its order. */
const criterionFields: readonly FieldDescription[] = [
  text("title", "Criterion", "the criterion", 200),
  ...RUBRIC_LEVELS.map((l) =>
    textarea(l.column, `${l.name} (level ${l.level})`, `what "${l.name}" looks like`, 1000, { rows: 2, half: true }),
  ),
];

const rubricWords = {
  noun: "Criterion",
  plural: "criteria",
  singular: "criterion",
  empty: "No criteria yet: reviewers decide without a rubric",
  meta: [{ text: "Scored in reviews", badge: "neutral", when: "learnerRecords" }],
} as const;

/**
 * A deliverable's rubric: the criteria a reviewer scores on every decision (lib/rubrics). Edited
 * on the phase page under each deliverable; archived, never deleted, once a review scored one.
 */
export const rubricCriterion = orderedPart({
  key: "rubricCriterion",
  model: "RubricCriterion",
  parent: "deliverable",
  label: "title",
  fields: criterionFields,
  extraColumns: ["deliverableId"],
  learnerRefs: [{ table: "RubricScore", column: "criterionId" }],
  title: "Rubric",
  intro:
    "Each criterion is scored on four levels when a reviewer approves or requests changes; the scores feed the learner's sub-skill evidence.",
  ...rubricWords,
});

/** The guide's project criteria: the rubric of portfolio projects, which have no deliverable. */
export const projectCriterion = orderedPart({
  key: "projectCriterion",
  model: "RubricCriterion",
  parent: "guide",
  label: "title",
  fields: criterionFields,
  learnerRefs: [{ table: "RubricScore", column: "criterionId" }],
  route: "project-rubric",
  title: "Project rubric",
  intro: "The criteria a reviewer scores on a portfolio project, each on four levels.",
  ...rubricWords,
});
