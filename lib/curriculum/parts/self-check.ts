import { subSkill, textarea } from "@/lib/curriculum/fields";
import { orderedPart } from "@/lib/curriculum/parts/types";

/** Self-check questions: learners rate their confidence on each, shown beside their evidence. */
export const selfCheck = orderedPart({
  key: "selfCheck",
  model: "SelfCheckQuestion",
  parent: "guide",
  label: "prompt",
  fields: [subSkill("subSkillId", "Sub-skill"), textarea("prompt", "Question", "the question", 1000, { rows: 2 })],
  learnerRefs: [{ table: "SelfAssessment", column: "questionId" }],
  route: "self-checks",
  title: "Self-check questions",
  intro:
    "Learners rate their confidence from 1 to 5 on each; the rating is shown beside the evidence for its sub-skill.",
  noun: "Self-check question",
  plural: "questions",
  singular: "self-check question",
  addLabel: "Add question",
  saveLabel: "Save question",
  empty: "No self-check questions yet",
  meta: [{ text: "{subSkillId}", badge: "brand" }],
  archivedMeta: "{subSkillId}",
});
