/**
 * An audit entry's kind is the name of the model it is about, spelled one way: PascalCase, as
 * in prisma/schema.prisma ("ChecklistItem", never the part key "checklistItem"). The database
 * holds every row to that spelling (a CHECK on AuditLog.entityType); this names each kind for
 * people. Pure, for the audit page, its CSV and their tests.
 */

/** Names that read better than the split model name ("GuideTextItem" → "text section item"). */
const KIND_NAMES: Record<string, string> = {
  ChecklistItem: "Checklist item",
  GuideTextItem: "Text section item",
  Faq: "FAQ",
  PortfolioProject: "Project idea",
  ProjectProgress: "Project",
  SelfCheckQuestion: "Self-check question",
  SignIn: "Sign-in (no account)",
  SubSkill: "Sub-skill",
  QuizQuestion: "Quiz question",
  RubricCriterion: "Rubric criterion",
  UseCase: "Use case",
};

/** "RedFlag" → "Red flag": a kind's name for people; a kind the table does not know is split the same way. */
export function kindName(kind: string): string {
  const known = KIND_NAMES[kind];
  if (known) return known;
  const words = kind.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A field of an entry's before/after as people read it: "subSkillIds" → "sub-skills",
 * "estimatedHours" → "estimated hours". A reference field drops its "Id": its value is shown
 * as the name it pointed to.
 */
export function fieldName(field: string): string {
  const bare = field.replace(/Ids$/, "s").replace(/(.)Id$/, "$1");
  return bare
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/^sub skill/, "sub-skill");
}

/** The verb of an action ("checklistItem.archived" → "archived", "user.role-changed" → "role changed"). */
export function actionVerb(action: string): string {
  return action.slice(action.lastIndexOf(".") + 1).replaceAll("-", " ");
}
