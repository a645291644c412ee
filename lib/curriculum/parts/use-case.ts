import { text, textarea } from "@/lib/curriculum/fields";
import { difficultyField } from "@/lib/curriculum/parts/difficulty";
import { orderedPart } from "@/lib/curriculum/parts/types";

export const useCase = orderedPart({
  key: "useCase",
  model: "UseCase",
  parent: "guide",
  label: "title",
  fields: [
    text("title", "Title", "a title", 200),
    difficultyField,
    textarea("description", "Description", "a description"),
  ],
  route: "text/use-cases",
  title: "Use cases",
  noun: "Use case",
  plural: "use cases",
  singular: "use case",
  saveLabel: "Save",
  empty: "No use cases yet",
  meta: [{ text: "{difficulty}", badge: "neutral" }],
});
