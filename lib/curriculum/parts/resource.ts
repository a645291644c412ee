import { choice, number, text, url } from "@/lib/curriculum/fields";
import { orderedPart } from "@/lib/curriculum/parts/types";

export const RESOURCE_KINDS = { DOCS: "Docs", COURSE: "Course", VIDEO: "Video", ARTICLE: "Article", BOOK: "Book" };
export const RESOURCE_COSTS = { FREE: "Free", PAID: "Paid" };
export const RESOURCE_MINUTES = { min: 1, max: 10_000 } as const;

/**
 * Links attached to one topic or action of a phase (its parent is the checklist item, as a
 * topic's parent is its phase). Learners mark them done; the minutes of those not done count
 * into what is left of the phase.
 */
export const resource = orderedPart({
  key: "resource",
  model: "Resource",
  parent: "checklistItem",
  label: "title",
  fields: [
    text("title", "Title", "a title", 200),
    url("url", "Link"),
    choice("kind", "Kind", RESOURCE_KINDS, "Choose docs, course, video, article or book.", {
      half: true,
      placeholder: "Choose a kind…",
    }),
    choice("cost", "Free or paid", RESOURCE_COSTS, "Choose free or paid.", { half: true }),
    number("estimatedMinutes", "Estimated time", "the estimated time", RESOURCE_MINUTES, {
      half: true,
      unit: "min",
    }),
  ],
  extraColumns: ["itemId"],
  learnerRefs: [{ table: "ResourceProgress", column: "resourceId" }],
  title: "Resources",
  intro: "Links for this topic or action. Learners mark them done; the time of the rest counts into what is left.",
  noun: "Resource",
  plural: "resources",
  singular: "resource",
  empty: "No resources yet",
  meta: [
    { text: "{kind}", badge: "neutral" },
    { text: "{cost}", badge: "neutral" },
    { text: "{estimatedMinutes} min", badge: "brand" },
    { text: "{url}" },
  ],
});
