import { text, textarea } from "@/lib/curriculum/fields";
import { definePart } from "@/lib/curriculum/parts/types";

/** What a learner hands in for a phase, each naming the sub-skills it gives evidence for. */
export const deliverable = definePart({
  key: "deliverable",
  model: "Deliverable",
  list: "ordered",
  parent: "phase",
  label: "title",
  keyed: true,
  fields: [
    text("title", "Title", "a title", 200),
    textarea("description", "Description", "a description", 4000, { rows: 4 }),
    {
      input: "subSkills",
      name: "subSkillIds",
      label: "Sub-skills it gives evidence for",
      empty: "Choose at least one sub-skill this deliverable gives evidence for.",
      link: { model: "DeliverableSubSkill", owner: "deliverableId" },
    },
  ],
  archivable: true,
  learnerRefs: [{ table: "Submission", column: "deliverableId" }],
  title: "Deliverables",
  intro: "A phase is complete when all of its active deliverables are approved.",
  noun: "Deliverable",
  plural: "deliverables",
  singular: "deliverable",
  empty: "No deliverables",
  meta: [{ text: "{subSkillIds}", badge: "neutral" }],
});
