import { text, textarea } from "@/lib/curriculum/fields";
import { definePart } from "@/lib/curriculum/parts/types";

export const faq = definePart({
  key: "faq",
  model: "Faq",
  list: "ordered",
  parent: "guide",
  label: "question",
  keyed: true,
  fields: [
    text("question", "Question", "the question", 500),
    textarea("answer", "Answer", "the answer", 4000, { rows: 4 }),
  ],
  archivable: true,
  route: "text/faq",
  title: "FAQ",
  noun: "FAQ entry",
  plural: "questions",
  singular: "question",
  saveLabel: "Save",
  empty: "No questions yet",
  meta: [{ text: "{answer}", clamp: true }],
});
