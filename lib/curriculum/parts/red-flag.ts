import { subSkill, textarea } from "@/lib/curriculum/fields";
import { orderedPart } from "@/lib/curriculum/parts/types";

export const redFlag = orderedPart({
  key: "redFlag",
  model: "RedFlag",
  parent: "guide",
  label: "text",
  fields: [
    textarea("text", "Red flag", "the red flag", 500, { rows: 2 }),
    subSkill("subSkillId", "Applies while this sub-skill has no approved work"),
  ],
  route: "text/red-flags",
  title: "Red flags",
  intro: "A red flag shows on a learner's dashboard while its sub-skill has no approved work.",
  noun: "Red flag",
  plural: "red flags",
  singular: "red flag",
  saveLabel: "Save",
  empty: "No red flags yet",
  meta: [{ text: "{subSkillId}", badge: "brand" }],
});
