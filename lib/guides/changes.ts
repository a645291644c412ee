import "server-only";
import { learnerGuide } from "@/lib/guides/enrollment";
import { db } from "@/lib/db";
import { countOf } from "@/lib/words";

/**
 * "What changed since you started": the curriculum edits an admin made after a learner
 * enrolled, read from the audit log and told as short sentences. Only changes that alter the
 * learner's path are told (phases, topics and actions, deliverables, sub-skill weights, level
 * requirements, quiz and self-check questions, projects); wording of text sections is not.
 *
 * Several edits of one item fold into their net effect: 120 → 125 → 130 h reads "now 130 h
 * (was 120 h)", an item added and archived again says nothing. Deleted items say nothing
 * either: only unused items are ever deleted, so no learner record depended on them.
 */

const MAX_ROWS = 300;

type AuditRow = {
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  label: string;
  number: number;
  kind: string | null;
  createdAt: Date;
};

export async function curriculumChangesSince(guideId: string, since: Date): Promise<string[]> {
  // The guide's items are named here (one UNION over its tables) so the audit rows can be
  // limited to this guide and each sentence can use the item's current name and number.
  const rows = await db().$queryRaw<AuditRow[]>`
    WITH items AS (
      SELECT id, 'Phase' AS type, title AS label, position + 1 AS number, NULL AS kind FROM "Phase" WHERE "guideId" = ${guideId}
      UNION ALL
      SELECT c.id, 'ChecklistItem', c.title, p.position + 1, c.kind::text
        FROM "ChecklistItem" c JOIN "Phase" p ON p.id = c."phaseId" WHERE p."guideId" = ${guideId}
      UNION ALL
      SELECT d.id, 'Deliverable', d.title, p.position + 1, NULL
        FROM "Deliverable" d JOIN "Phase" p ON p.id = d."phaseId" WHERE p."guideId" = ${guideId}
      UNION ALL
      SELECT id, 'SubSkill', name, position + 1, NULL FROM "SubSkill" WHERE "guideId" = ${guideId}
      UNION ALL
      SELECT id, 'Level', name, position + 1, NULL FROM "Level" WHERE "guideId" = ${guideId}
      UNION ALL
      SELECT id, 'QuizQuestion', prompt, position + 1, NULL FROM "QuizQuestion" WHERE "guideId" = ${guideId}
      UNION ALL
      SELECT id, 'SelfCheckQuestion', prompt, position + 1, NULL FROM "SelfCheckQuestion" WHERE "guideId" = ${guideId}
      UNION ALL
      SELECT id, 'PortfolioProject', title, position + 1, NULL FROM "PortfolioProject" WHERE "guideId" = ${guideId}
    )
    SELECT a.action, a."entityType", a."entityId", a.before, a.after, a."createdAt", i.label, i.number::int AS number, i.kind
      FROM "AuditLog" a
      JOIN items i ON i.id = a."entityId" AND i.type = a."entityType"
     WHERE a."entityType" IN ('Phase', 'ChecklistItem', 'Deliverable', 'SubSkill', 'Level', 'QuizQuestion', 'SelfCheckQuestion', 'PortfolioProject')
       AND a."createdAt" > ${since}
     ORDER BY a."createdAt" DESC, a.id DESC
     LIMIT ${MAX_ROWS}`;
  return describeChanges(rows.reverse());
}

/** The changes since the learner enrolled in their guide. */
export async function learnerCurriculumChanges(learnerId: string): Promise<string[]> {
  const { guideId, startedAt } = await learnerGuide(learnerId);
  return curriculumChangesSince(guideId, startedAt);
}

// ─── From audit rows to sentences ───────────────────────────────────────────

type Net = {
  row: AuditRow;
  created: boolean;
  /** Archived state before the first and after the last row; null when never (un)archived. */
  archivedFirst: boolean | null;
  archivedLast: boolean | null;
  fields: Map<string, { from: unknown; to: unknown }>;
  lastAt: number;
};

const NOUNS: Record<string, string> = {
  Phase: "phase",
  Deliverable: "deliverable",
  SubSkill: "sub-skill",
  Level: "level",
  QuizQuestion: "quiz question",
  SelfCheckQuestion: "self-check question",
  PortfolioProject: "project idea",
};

const noun = (row: AuditRow) =>
  row.entityType === "ChecklistItem" ? (row.kind === "ACTION" ? "action" : "topic") : NOUNS[row.entityType]!;
const short = (text: string) => (text.length > 90 ? `${text.slice(0, 87).trimEnd()}…` : text);

/** Rows in time order → sentences, most recent change first. Exported for unit tests. */
export function describeChanges(rows: readonly AuditRow[]): string[] {
  const byEntity = new Map<string, Net>();
  for (const row of rows) {
    const verb = row.action.slice(row.action.lastIndexOf(".") + 1);
    let net = byEntity.get(row.entityId);
    if (!net) {
      net = { row, created: verb === "created", archivedFirst: null, archivedLast: null, fields: new Map(), lastAt: 0 };
      byEntity.set(row.entityId, net);
    }
    net.row = row;
    net.lastAt = row.createdAt.getTime();
    if (verb === "archived" || verb === "restored") {
      net.archivedFirst ??= verb === "restored";
      net.archivedLast = verb === "archived";
    } else if (verb === "updated" || verb === "moved") {
      for (const [field, to] of Object.entries(row.after ?? {})) {
        const known = net.fields.get(field);
        net.fields.set(field, { from: known ? known.from : row.before?.[field], to });
      }
    }
  }
  return [...byEntity.values()].sort((a, b) => b.lastAt - a.lastAt).flatMap((net) => sentencesFor(net));
}

function sentencesFor({ row, created, archivedFirst, archivedLast, fields }: Net): string[] {
  const name = short(row.label);
  if (created) return archivedLast ? [] : [`New ${noun(row)}: ${name}`];
  if (archivedLast && archivedFirst === false) return [`Archived ${noun(row)}: ${name}`];
  const sentences: string[] = [];
  if (archivedLast === false && archivedFirst === true) sentences.push(`Back in the guide: ${name}`);
  if (archivedLast) return sentences; // archived before and still archived: its edits don't matter to anyone
  let otherEdits = false;
  for (const [field, { from, to }] of fields) {
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    if (field === "position" && row.entityType !== "Phase") continue; // order within a list: not worth a note
    const sentence = fieldSentence(row, field, from, to);
    if (sentence) sentences.push(sentence);
    else otherEdits = true;
  }
  if (otherEdits)
    sentences.push(
      row.entityType === "Phase" ? `Phase ${row.number} was updated: ${name}` : `Updated ${noun(row)}: ${name}`,
    );
  return sentences;
}

const LEVEL_REQUIREMENTS: Record<string, (n: unknown) => string> = {
  minTotalHours: (n) => `${n} h logged`,
  minPhasesCompleted: (n) => `${countOf(Number(n), "phase")} completed`,
  minQuizPercent: (n) => `a counted quiz score of ${n} %`,
  minOverallScore: (n) => `an overall score of ${n}`,
  minSubSkillScore: (n) => `${n} on every sub-skill`,
  minApprovedProjects: (n) => `${countOf(Number(n), "approved project")}`,
};

function fieldSentence(row: AuditRow, field: string, from: unknown, to: unknown): string | null {
  if (row.entityType === "Phase" && field === "estimatedHours")
    return `Phase ${row.number} now estimates ${to} h (was ${from} h)`;
  if (row.entityType === "Phase" && field === "title")
    return `Phase ${row.number} is now called “${to}” (was “${from}”)`;
  if (row.entityType === "SubSkill" && field === "weightPercent")
    return `${row.label} now weighs ${to} % (was ${from} %)`;
  if (row.entityType === "SubSkill" && field === "name") return `Sub-skill renamed: ${to} (was ${from})`;
  const requirement = row.entityType === "Level" ? LEVEL_REQUIREMENTS[field] : undefined;
  if (requirement) return `The ${row.label} level now needs ${requirement(to)} (was ${requirement(from)})`;
  if (row.entityType === "Phase" && field === "position")
    return `“${row.label}” is now phase ${Number(to) + 1} (was phase ${Number(from) + 1})`;
  return null;
}
