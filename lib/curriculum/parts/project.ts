import { choice, lines, text, textarea } from "@/lib/curriculum/fields";
import { DIFFICULTY_LABELS } from "@/lib/curriculum/parts/difficulty";
import { definePart } from "@/lib/curriculum/parts/types";

/** Portfolio project ideas a learner can pick and track. */
export const project = definePart({
  key: "project",
  model: "PortfolioProject",
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
    textarea("description", "Description", "a description", 4000, { rows: 4 }),
    lines("suggestedStack", "Suggested stack", "suggested stack", { half: true }),
    lines("recruiterSignals", "What it shows recruiters", "recruiter signals", { half: true }),
    {
      input: "subSkills",
      name: "subSkillIds",
      label: "Sub-skills it shows",
      empty: "Choose at least one sub-skill this project shows.",
      link: { model: "ProjectSubSkill", owner: "projectId" },
    },
  ],
  archivable: true,
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
