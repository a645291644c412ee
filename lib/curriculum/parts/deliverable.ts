import { subSkills, text, textarea } from "@/lib/curriculum/fields";
import { orderedPart } from "@/lib/curriculum/parts/types";

/** What a learner hands in for a phase, each naming the sub-skills it gives evidence for. */
export const deliverable = orderedPart({
  key: "deliverable",
  model: "Deliverable",
  parent: "phase",
  label: "title",
  fields: [
    text("title", "Title", "a title", 200),
    textarea("description", "Description", "a description", 4000, { rows: 4 }),
    subSkills(
      "Sub-skills it gives evidence for",
      "Choose at least one sub-skill this deliverable gives evidence for.",
      { model: "DeliverableSubSkill", owner: "deliverableId" },
    ),
  ],
  learnerRefs: [{ table: "Submission", column: "deliverableId" }],
  title: "Deliverables",
  intro: "A phase is complete when all of its active deliverables are approved.",
  noun: "Deliverable",
  plural: "deliverables",
  singular: "deliverable",
  empty: "No deliverables",
  meta: [{ text: "{subSkillIds}", badge: "neutral" }],
});
