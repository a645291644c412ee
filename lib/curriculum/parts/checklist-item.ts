import { choice, text } from "@/lib/curriculum/fields";
import { orderedPart } from "@/lib/curriculum/parts/types";

/** A phase's key topics and recommended actions: two lists, told apart by `kind`. */
export const checklistItem = orderedPart({
  key: "checklistItem",
  model: "ChecklistItem",
  parent: "phase",
  label: "title",
  fields: [
    // The kind is fixed once created: it decides which list (topics or actions) holds the item.
    choice("kind", "Kind", { TOPIC: "Topic", ACTION: "Action" }, "Choose topic or action.", { fixed: true }),
    text("title", "Title", "a title", 300),
  ],
  learnerRefs: [{ table: "ChecklistProgress", column: "itemId" }],
  curriculumRefs: [{ table: "Resource", column: "itemId" }],
  sections: [
    {
      slug: "topics",
      title: "Key topics",
      fixed: { kind: "TOPIC" },
      singular: "topic",
      intro: "Learners tick each topic off and may keep a private note on it.",
    },
    {
      slug: "actions",
      title: "Recommended actions",
      fixed: { kind: "ACTION" },
      singular: "action",
      intro: "Learners tick each action off and may keep a private note on it.",
    },
  ],
  title: "Checklist",
  noun: "Checklist item",
  plural: "checklist items",
  singular: "checklist item",
});
