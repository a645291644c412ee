import { text, textarea } from "@/lib/curriculum/fields";
import { orderedPart } from "@/lib/curriculum/parts/types";

export const faq = orderedPart({
  key: "faq",
  model: "Faq",
  parent: "guide",
  label: "question",
  fields: [
    text("question", "Question", "the question", 500),
    textarea("answer", "Answer", "the answer", 4000, { rows: 4 }),
  ],
  route: "text/faq",
  title: "FAQ",
  noun: "FAQ entry",
  plural: "questions",
  singular: "question",
  saveLabel: "Save",
  empty: "No questions yet",
  meta: [{ text: "{answer}", clamp: true }],
});
