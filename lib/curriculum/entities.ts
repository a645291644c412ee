/**
 * The editable, ordered kinds of curriculum item, described once: which table holds them,
 * which columns make one ordered list, which learner rows point to them (so they are archived
 * rather than deleted) and which curriculum rows hang on them. The generic move / remove /
 * restore mutations build their SQL from this table only, never from input, so the
 * identifiers interpolated there are always these constants.
 */

export const curriculumEntities = [
  "phase",
  "checklistItem",
  "deliverable",
  "subSkill",
  "quizQuestion",
  "selfCheck",
  "project",
  "useCase",
  "redFlag",
  "faq",
  "textItem",
] as const;
export type CurriculumEntity = (typeof curriculumEntities)[number];

type Reference = { table: string; column: string };

export type EntitySpec = {
  /** Table name, also the audit log's entityType. */
  model: string;
  /** How messages and the audit log's action name the item ("phase.archived"). */
  noun: string;
  /** Columns shared by the rows of one ordered list. */
  scope: readonly string[];
  /** The column that shows the item to a person. */
  label: string;
  /** Whether rows have archivedAt. Text items don't: nothing points to them. */
  archivable: boolean;
  /** Learner rows pointing at the item: any one of them means archive, never delete. */
  learnerRefs: readonly Reference[];
  /** Curriculum rows with ON DELETE RESTRICT to the item (cascading link rows are not listed). */
  curriculumRefs: readonly Reference[];
  /** Whether the item belongs to a phase (its guide is the phase's) rather than to the guide directly. */
  inPhase: boolean;
};

const spec = (s: Omit<EntitySpec, "learnerRefs" | "curriculumRefs" | "inPhase"> & Partial<EntitySpec>): EntitySpec => ({
  learnerRefs: [],
  curriculumRefs: [],
  inPhase: false,
  ...s,
});

export const ENTITY_SPECS: Record<CurriculumEntity, EntitySpec> = {
  phase: spec({
    model: "Phase",
    noun: "phase",
    scope: ["guideId"],
    label: "title",
    archivable: true,
    learnerRefs: [{ table: "TimeEntry", column: "phaseId" }],
    curriculumRefs: [
      { table: "ChecklistItem", column: "phaseId" },
      { table: "Deliverable", column: "phaseId" },
    ],
  }),
  checklistItem: spec({
    model: "ChecklistItem",
    noun: "checklist item",
    scope: ["phaseId", "kind"],
    label: "title",
    archivable: true,
    inPhase: true,
    learnerRefs: [{ table: "ChecklistProgress", column: "itemId" }],
  }),
  deliverable: spec({
    model: "Deliverable",
    noun: "deliverable",
    scope: ["phaseId"],
    label: "title",
    archivable: true,
    inPhase: true,
    learnerRefs: [{ table: "Submission", column: "deliverableId" }],
  }),
  subSkill: spec({
    model: "SubSkill",
    noun: "sub-skill",
    scope: ["guideId"],
    label: "name",
    archivable: true,
    learnerRefs: [{ table: "TimeEntry", column: "subSkillId" }],
    curriculumRefs: [
      { table: "DeliverableSubSkill", column: "subSkillId" },
      { table: "ProjectSubSkill", column: "subSkillId" },
      { table: "QuizQuestion", column: "subSkillId" },
      { table: "SelfCheckQuestion", column: "subSkillId" },
      { table: "RedFlag", column: "subSkillId" },
    ],
  }),
  quizQuestion: spec({
    model: "QuizQuestion",
    noun: "quiz question",
    scope: ["guideId"],
    label: "prompt",
    archivable: true,
    learnerRefs: [{ table: "QuizAnswer", column: "questionId" }],
  }),
  selfCheck: spec({
    model: "SelfCheckQuestion",
    noun: "self-check question",
    scope: ["guideId"],
    label: "prompt",
    archivable: true,
    learnerRefs: [{ table: "SelfAssessment", column: "questionId" }],
  }),
  project: spec({
    model: "PortfolioProject",
    noun: "project",
    scope: ["guideId"],
    label: "title",
    archivable: true,
    learnerRefs: [{ table: "ProjectProgress", column: "projectId" }],
  }),
  useCase: spec({ model: "UseCase", noun: "use case", scope: ["guideId"], label: "title", archivable: true }),
  redFlag: spec({ model: "RedFlag", noun: "red flag", scope: ["guideId"], label: "text", archivable: true }),
  faq: spec({ model: "Faq", noun: "FAQ entry", scope: ["guideId"], label: "question", archivable: true }),
  textItem: spec({
    model: "GuideTextItem",
    noun: "text item",
    scope: ["guideId", "kind"],
    label: "text",
    archivable: false,
  }),
};

/** Audit action names: "phase.created", "subSkill.updated" … keyed by the entity, not the noun. */
export const auditAction = (entity: CurriculumEntity | "guide" | "level", verb: string) => `${entity}.${verb}`;

/** The audit log's entityType of every curriculum table, for readers of the trail. */
export const CURRICULUM_ENTITY_TYPES = ["Guide", "Level", ...Object.values(ENTITY_SPECS).map((s) => s.model)] as const;
