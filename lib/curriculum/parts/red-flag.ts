import { textarea } from "@/lib/curriculum/fields";
import { definePart } from "@/lib/curriculum/parts/types";

export const redFlag = definePart({
  key: "redFlag",
  model: "RedFlag",
  list: "ordered",
  parent: "guide",
  label: "text",
  keyed: true,
  fields: [
    textarea("text", "Red flag", "the red flag", 500, { rows: 2 }),
    { input: "subSkill", name: "subSkillId", label: "Applies while this sub-skill has no approved work" },
  ],
  archivable: true,
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
