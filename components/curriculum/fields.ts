import type { FieldSpec } from "@/components/curriculum/curriculum-form";
import { DIFFICULTY_LABELS, LEVEL_BOUNDS, PHASE_HOURS } from "@/lib/curriculum/schema";

/**
 * The editor's forms as data: each function lists an item's fields with its current values
 * (or none, for an "add" form). Names match the zod schemas in lib/curriculum/schema.ts.
 */

type Option = { value: string; label: string };
const difficultyOptions: Option[] = Object.entries(DIFFICULTY_LABELS).map(([value, label]) => ({ value, label }));

/** Active sub-skills as choices, plus archived ones the item already names (so saving keeps them). */
export function subSkillOptions(
  subSkills: ReadonlyArray<{ id: string; name: string; archivedAt: Date | null }>,
  keep: readonly string[] = [],
): Option[] {
  return subSkills
    .filter((s) => !s.archivedAt || keep.includes(s.id))
    .map((s) => ({ value: s.id, label: s.archivedAt ? `${s.name} (archived)` : s.name }));
}

export function guideSettingsFields(guide?: {
  title: string;
  tagline: string;
  overview: string;
  reviewWindowDays: number;
}): FieldSpec[] {
  return [
    { kind: "text", name: "title", label: "Title", required: true, maxLength: 120, defaultValue: guide?.title },
    { kind: "text", name: "tagline", label: "Tagline", required: true, maxLength: 300, defaultValue: guide?.tagline },
    {
      kind: "textarea",
      name: "overview",
      label: "Overview",
      required: true,
      rows: 6,
      maxLength: 4000,
      defaultValue: guide?.overview,
    },
    {
      kind: "number",
      name: "reviewWindowDays",
      label: "Review window",
      required: true,
      min: 1,
      max: 60,
      unit: "days",
      hint: "A submission waiting longer than this is flagged in the mentor's queue and shown to every admin.",
      defaultValue: guide?.reviewWindowDays,
    },
  ];
}

export function phaseFields(phase?: {
  title: string;
  summary: string;
  estimatedHours: number;
  goals: string[];
}): FieldSpec[] {
  return [
    { kind: "text", name: "title", label: "Title", required: true, maxLength: 200, defaultValue: phase?.title },
    {
      kind: "number",
      name: "estimatedHours",
      label: "Estimated hours",
      required: true,
      half: true,
      unit: "h",
      min: PHASE_HOURS.min,
      max: PHASE_HOURS.max,
      defaultValue: phase?.estimatedHours,
      hint: "The path's total is the sum of its phases' hours.",
    },
    { kind: "textarea", name: "summary", label: "Summary", required: true, defaultValue: phase?.summary },
    { kind: "lines", name: "goals", label: "Goals", required: true, defaultValue: phase?.goals },
  ];
}

export function checklistItemFields(item?: { title: string }): FieldSpec[] {
  return [{ kind: "text", name: "title", label: "Title", required: true, maxLength: 300, defaultValue: item?.title }];
}

export function deliverableFields(
  subSkills: Option[],
  deliverable?: { title: string; description: string; subSkillIds: string[] },
): FieldSpec[] {
  return [
    { kind: "text", name: "title", label: "Title", required: true, maxLength: 200, defaultValue: deliverable?.title },
    {
      kind: "textarea",
      name: "description",
      label: "Description",
      required: true,
      rows: 4,
      maxLength: 4000,
      defaultValue: deliverable?.description,
    },
    {
      kind: "checkboxes",
      name: "subSkillIds",
      label: "Sub-skills it gives evidence for",
      required: true,
      options: subSkills,
      defaultValue: deliverable?.subSkillIds,
    },
  ];
}

export function subSkillFields(subSkill?: { name: string; description: string; exampleTasks: string[] }): FieldSpec[] {
  return [
    { kind: "text", name: "name", label: "Name", required: true, maxLength: 120, defaultValue: subSkill?.name },
    {
      kind: "textarea",
      name: "description",
      label: "Description",
      required: true,
      defaultValue: subSkill?.description,
    },
    {
      kind: "lines",
      name: "exampleTasks",
      label: "Example tasks",
      required: true,
      defaultValue: subSkill?.exampleTasks,
    },
  ];
}

type LevelValues = {
  name: string;
  summary: string;
  typicalExperience: string;
  capabilities: string[];
  minTotalHours: number;
  minPhasesCompleted: number;
  minQuizPercent: number;
  minOverallScore: number;
  minSubSkillScore: number;
  minApprovedProjects: number;
};

export function levelFields(level: LevelValues): FieldSpec[] {
  const threshold = (name: keyof typeof LEVEL_BOUNDS, label: string, unit: string): FieldSpec => ({
    kind: "number",
    name,
    label,
    unit,
    half: true,
    required: true,
    ...LEVEL_BOUNDS[name],
    defaultValue: level[name],
  });
  return [
    { kind: "text", name: "name", label: "Name", required: true, maxLength: 80, defaultValue: level.name },
    { kind: "textarea", name: "summary", label: "Summary", required: true, defaultValue: level.summary },
    {
      kind: "text",
      name: "typicalExperience",
      label: "Typical experience",
      required: true,
      maxLength: 300,
      defaultValue: level.typicalExperience,
    },
    { kind: "lines", name: "capabilities", label: "Capabilities", required: true, defaultValue: level.capabilities },
    threshold("minTotalHours", "Total hours at least", "h"),
    threshold("minPhasesCompleted", "Phases completed at least", "phases"),
    threshold("minQuizPercent", "Best quiz at least", "%"),
    threshold("minOverallScore", "Overall score at least", "of 100"),
    threshold("minSubSkillScore", "Every sub-skill's score at least", "of 100"),
    threshold("minApprovedProjects", "Approved projects at least", "projects"),
  ];
}

export function selfCheckFields(subSkills: Option[], question?: { prompt: string; subSkillId: string }): FieldSpec[] {
  return [
    {
      kind: "select",
      name: "subSkillId",
      label: "Sub-skill",
      required: true,
      options: subSkills,
      placeholder: "Choose a sub-skill…",
      defaultValue: question?.subSkillId,
    },
    {
      kind: "textarea",
      name: "prompt",
      label: "Question",
      required: true,
      rows: 2,
      maxLength: 1000,
      defaultValue: question?.prompt,
    },
  ];
}

type ProjectValues = {
  title: string;
  difficulty: string;
  description: string;
  suggestedStack: string[];
  recruiterSignals: string[];
  subSkillIds: string[];
};

export function projectFields(subSkills: Option[], project?: ProjectValues): FieldSpec[] {
  return [
    { kind: "text", name: "title", label: "Title", required: true, maxLength: 200, defaultValue: project?.title },
    {
      kind: "select",
      name: "difficulty",
      label: "Difficulty",
      required: true,
      half: true,
      options: difficultyOptions,
      placeholder: "Choose…",
      defaultValue: project?.difficulty,
    },
    {
      kind: "textarea",
      name: "description",
      label: "Description",
      required: true,
      rows: 4,
      maxLength: 4000,
      defaultValue: project?.description,
    },
    {
      kind: "lines",
      name: "suggestedStack",
      label: "Suggested stack",
      required: true,
      half: true,
      defaultValue: project?.suggestedStack,
    },
    {
      kind: "lines",
      name: "recruiterSignals",
      label: "What it shows recruiters",
      required: true,
      half: true,
      defaultValue: project?.recruiterSignals,
    },
    {
      kind: "checkboxes",
      name: "subSkillIds",
      label: "Sub-skills it shows",
      required: true,
      options: subSkills,
      defaultValue: project?.subSkillIds,
    },
  ];
}

export function fieldsForUseCase(useCase?: { title: string; difficulty: string; description: string }): FieldSpec[] {
  return [
    { kind: "text", name: "title", label: "Title", required: true, maxLength: 200, defaultValue: useCase?.title },
    {
      kind: "select",
      name: "difficulty",
      label: "Difficulty",
      required: true,
      half: true,
      options: difficultyOptions,
      placeholder: "Choose…",
      defaultValue: useCase?.difficulty,
    },
    { kind: "textarea", name: "description", label: "Description", required: true, defaultValue: useCase?.description },
  ];
}

export function redFlagFields(subSkills: Option[], flag?: { text: string; subSkillId: string }): FieldSpec[] {
  return [
    {
      kind: "textarea",
      name: "text",
      label: "Red flag",
      required: true,
      rows: 2,
      maxLength: 500,
      defaultValue: flag?.text,
    },
    {
      kind: "select",
      name: "subSkillId",
      label: "Applies while this sub-skill has no approved work",
      required: true,
      options: subSkills,
      placeholder: "Choose a sub-skill…",
      defaultValue: flag?.subSkillId,
    },
  ];
}

export function faqFields(faq?: { question: string; answer: string }): FieldSpec[] {
  return [
    { kind: "text", name: "question", label: "Question", required: true, maxLength: 500, defaultValue: faq?.question },
    {
      kind: "textarea",
      name: "answer",
      label: "Answer",
      required: true,
      rows: 4,
      maxLength: 4000,
      defaultValue: faq?.answer,
    },
  ];
}

export function textItemFields(item?: { text: string }): FieldSpec[] {
  return [
    {
      kind: "textarea",
      name: "text",
      label: "Text",
      required: true,
      rows: 2,
      maxLength: 1000,
      defaultValue: item?.text,
    },
  ];
}
