import { choice, text, textarea } from "@/lib/curriculum/fields";
import { DIFFICULTY_LABELS } from "@/lib/curriculum/parts/difficulty";
import { definePart } from "@/lib/curriculum/parts/types";

export const useCase = definePart({
  key: "useCase",
  model: "UseCase",
  list: "ordered",
  parent: "guide",
  label: "title",
  keyed: true,
  fields: [
    text("title", "Title", "a title", 200),
    choice("difficulty", "Difficulty", DIFFICULTY_LABELS, "Choose a difficulty.", {
      half: true,
      placeholder: "Choose…",
    }),
    textarea("description", "Description", "a description"),
  ],
  archivable: true,
  route: "text/use-cases",
  title: "Use cases",
  noun: "Use case",
  plural: "use cases",
  singular: "use case",
  saveLabel: "Save",
  empty: "No use cases yet",
  meta: [{ text: "{difficulty}", badge: "neutral" }],
});
