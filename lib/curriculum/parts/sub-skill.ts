import { lines, text, textarea } from "@/lib/curriculum/fields";
import { orderedPart } from "@/lib/curriculum/parts/types";

/** The guide's sub-skills. Their weights are saved together (saveSubSkillWeightsAction). */
export const subSkill = orderedPart({
  key: "subSkill",
  model: "SubSkill",
  parent: "guide",
  label: "name",
  fields: [
    text("name", "Name", "a name", 120),
    textarea("description", "Description", "a description"),
    lines("exampleTasks", "Example tasks", "example tasks"),
  ],
  // A new sub-skill weighs 0, so the others still add up to 100; give it weight on the weights form.
  createDefaults: { weightPercent: 0 },
  extraColumns: ["weightPercent"],
  weightColumn: "weightPercent",
  learnerRefs: [{ table: "TimeEntry", column: "subSkillId" }],
  curriculumRefs: [
    { table: "DeliverableSubSkill", column: "subSkillId" },
    { table: "ProjectSubSkill", column: "subSkillId" },
    { table: "QuizQuestion", column: "subSkillId" },
    { table: "SelfCheckQuestion", column: "subSkillId" },
    { table: "RedFlag", column: "subSkillId" },
  ],
  route: "sub-skills",
  title: "Sub-skills & weights",
  intro: "Each sub-skill's weight is its share of the path's hours and of the overall proficiency score.",
  noun: "Sub-skill",
  plural: "sub-skills",
  singular: "sub-skill",
  addHint: "A new sub-skill starts at weight 0; give it weight above. Set a weight to 0 before archiving.",
  empty: "No sub-skills yet",
  meta: [{ text: "{weightPercent} %", badge: "brand" }],
  archivedMeta: "Weight 0 %",
  refusal: "Set its weight to 0 to archive or delete it.",
});
