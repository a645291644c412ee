import { lines, number, text, textarea } from "@/lib/curriculum/fields";
import { orderedPart } from "@/lib/curriculum/parts/types";

export const PHASE_HOURS = { min: 1, max: 10_000 } as const;

/** The path's phases; each has a page of its own for its topics, actions and deliverables. */
export const phase = orderedPart({
  key: "phase",
  model: "Phase",
  parent: "guide",
  label: "title",
  fields: [
    text("title", "Title", "a title", 200),
    number("estimatedHours", "Estimated hours", "estimated hours", PHASE_HOURS, {
      half: true,
      unit: "h",
      hint: "The path's total is the sum of its phases' hours.",
    }),
    textarea("summary", "Summary", "a summary"),
    lines("goals", "Goals", "goals"),
  ],
  learnerRefs: [{ table: "TimeEntry", column: "phaseId" }],
  curriculumRefs: [
    { table: "ChecklistItem", column: "phaseId" },
    { table: "Deliverable", column: "phaseId" },
  ],
  route: "phases",
  title: "Phases",
  noun: "Phase",
  plural: "phases",
  singular: "phase",
  addHint: "It joins the end of the path; move it up to place it.",
  empty: "No phases yet",
  itemTitle: "Phase {n} · {title}",
  detailPage: true,
  meta: [
    { text: "{estimatedHours} h", badge: "brand", testId: "phase-hours" },
    { text: "{curriculumReferences} topics, actions and deliverables" },
  ],
  archivedMeta: "{estimatedHours} h, not counted in the path",
});
