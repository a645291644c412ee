import { number, text, textarea } from "@/lib/curriculum/fields";
import { definePart } from "@/lib/curriculum/parts/types";

/** The guide itself: what the public overview says about it, and how long reviews may wait. */
export const guideSettings = definePart({
  key: "guide",
  model: "Guide",
  list: "single",
  parent: null,
  label: "title",
  fields: [
    text("title", "Title", "a title", 120),
    text("tagline", "Tagline", "a tagline", 300),
    textarea("overview", "Overview", "an overview", 4000, { rows: 6 }),
    number(
      "reviewWindowDays",
      "Review window",
      "the review window",
      { min: 1, max: 60 },
      {
        unit: "days",
        hint: "A submission waiting longer than this is flagged in the mentor's queue and shown to every admin.",
      },
    ),
  ],
  route: "settings",
  title: "Guide settings",
  intro: "What the public overview says about the guide, and how long reviews may wait.",
  noun: "Settings",
  plural: "settings",
  singular: "settings",
  saveLabel: "Save settings",
  meta: [{ text: "Title, tagline, overview · review window {reviewWindowDays} days" }],
});
