import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The names of the rows an audit entry is about, read in SQL. Used twice: when an entry is
 * written (record.ts stores its subject's name and the names its before/after point to, so
 * the trail says what things were called then), and when an older entry that has no stored
 * names is read (queries.ts: today's names, one query per page, as the best still known).
 *
 * Every branch is an id lookup: the WHERE on `names` is pushed into each branch of the UNION
 * ALL, so each table answers from its primary key. A table that gains a name of its own adds a
 * branch here; a kind with no branch keeps its id.
 */
const NAMES = Prisma.sql`(
  SELECT 'User' AS type, id, COALESCE(name || ' (' || email || ')', email) AS label FROM "User"
  UNION ALL SELECT 'Cohort', id, name FROM "Cohort"
  UNION ALL SELECT 'Invitation', id, email FROM "Invitation"
  UNION ALL SELECT 'Guide', id, title FROM "Guide"
  UNION ALL SELECT 'Phase', id, title FROM "Phase"
  UNION ALL SELECT 'ChecklistItem', id, title FROM "ChecklistItem"
  UNION ALL SELECT 'Deliverable', id, title FROM "Deliverable"
  UNION ALL SELECT 'RubricCriterion', id, title FROM "RubricCriterion"
  UNION ALL SELECT 'SubSkill', id, name FROM "SubSkill"
  UNION ALL SELECT 'Level', id, name FROM "Level"
  UNION ALL SELECT 'QuizQuestion', id, prompt FROM "QuizQuestion"
  UNION ALL SELECT 'SelfCheckQuestion', id, prompt FROM "SelfCheckQuestion"
  UNION ALL SELECT 'PortfolioProject', id, title FROM "PortfolioProject"
  UNION ALL SELECT 'GuideTextItem', id, text FROM "GuideTextItem"
  UNION ALL SELECT 'Faq', id, question FROM "Faq"
  UNION ALL SELECT 'RedFlag', id, text FROM "RedFlag"
  UNION ALL SELECT 'UseCase', id, title FROM "UseCase"
  UNION ALL SELECT 'Submission', s.id, COALESCE(d.title, p.title, pp.title) || ' — ' || u.email
    FROM "Submission" s JOIN "User" u ON u.id = s."learnerId"
    LEFT JOIN "Deliverable" d ON d.id = s."deliverableId"
    LEFT JOIN "ProjectProgress" pp ON pp.id = s."projectProgressId"
    LEFT JOIN "PortfolioProject" p ON p.id = pp."projectId"
  UNION ALL SELECT 'ProjectProgress', pp.id, COALESCE(p.title, pp.title) || ' — ' || u.email
    FROM "ProjectProgress" pp LEFT JOIN "PortfolioProject" p ON p.id = pp."projectId" JOIN "User" u ON u.id = pp."learnerId"
) AS names`;

/** Long quiz prompts and text items are cut: the trail needs to recognise a row, not quote it. */
export const LABEL_MAX_LENGTH = 160;

type NameReader = Pick<Prisma.TransactionClient, "$queryRaw">;
export type Subject = { type: string; id: string };

/**
 * One query: the name of each subject (by kind and id) and of each referenced id (any kind:
 * ids are unique across tables). Returns "<type>:<id>" → name for subjects, id → name for references.
 */
export async function readNames(
  client: NameReader,
  subjects: readonly Subject[],
  references: readonly string[],
): Promise<{ subjects: Map<string, string>; references: Map<string, string> }> {
  const ids = [...new Set([...subjects.map((s) => s.id), ...references])];
  const found = { subjects: new Map<string, string>(), references: new Map<string, string>() };
  if (ids.length === 0) return found;
  const rows = await client.$queryRaw<Array<{ type: string; id: string; label: string | null }>>`
    SELECT type, id, left(label, ${LABEL_MAX_LENGTH}) AS label FROM ${NAMES} WHERE id = ANY(${ids}::text[])`;
  const wanted = new Set(subjects.map((s) => `${s.type}:${s.id}`));
  const referenced = new Set(references);
  for (const row of rows) {
    if (row.label === null) continue;
    if (wanted.has(`${row.type}:${row.id}`)) found.subjects.set(`${row.type}:${row.id}`, row.label);
    if (referenced.has(row.id)) found.references.set(row.id, row.label);
  }
  return found;
}
