import { lines, subSkills, text, textarea } from "@/lib/curriculum/fields";
import { difficultyField } from "@/lib/curriculum/parts/difficulty";
import { orderedPart } from "@/lib/curriculum/parts/types";

/** Portfolio project ideas a learner can pick and track. */
export const project = orderedPart({
  key: "project",
  model: "PortfolioProject",
  parent: "guide",
  label: "title",
  fields: [
    text("title", "Title", "a title", 200),
    difficultyField,
    textarea("description", "Description", "a description", 4000, { rows: 4 }),
    lines("suggestedStack", "Suggested stack", "suggested stack", { half: true }),
    lines("recruiterSignals", "What it shows recruiters", "recruiter signals", { half: true }),
    subSkills("Sub-skills it shows", "Choose at least one sub-skill this project shows.", {
      model: "ProjectSubSkill",
      owner: "projectId",
    }),
  ],
  learnerRefs: [{ table: "ProjectProgress", column: "projectId" }],
  route: "projects",
  title: "Portfolio projects",
  intro: "Project ideas a learner can pick and track; an approved project counts toward the Expert level.",
  noun: "Project",
  plural: "projects",
  singular: "project",
  addTitle: "Add a project idea",
  empty: "No project ideas yet",
  meta: [{ text: "{difficulty}", badge: "neutral" }],
});
