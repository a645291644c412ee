import { fieldName } from "./kinds";

/**
 * Audit rows keep `before` and `after` as JSON objects (see auditDiff). This turns a pair into
 * lines a person reads as "field: old → new", with the ids of reference fields (subSkillId,
 * phaseId, subSkillIds …) shown as the names stored with the entry. Pure, for the audit page,
 * its CSV and their tests.
 */
export interface ChangeLine {
  field: string;
  before: string | null;
  after: string | null;
}

/** Names of referenced rows, by id (AuditLog.refLabels). */
export type AuditNames = Readonly<Record<string, string>>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A field holding one id or a list of ids: `phaseId`, `subSkillIds` (the row's own `id` is not a reference). */
const isReferenceField = (field: string) => /.Ids?$/.test(field);

/** The ids the reference fields of `before` and `after` hold, each once, in first-seen order. */
export function referencedIds(before: unknown, after: unknown): string[] {
  const ids = new Set<string>();
  for (const side of [before, after]) {
    if (!isRecord(side)) continue;
    for (const [field, value] of Object.entries(side)) {
      if (!isReferenceField(field)) continue;
      for (const id of Array.isArray(value) ? value : [value]) if (typeof id === "string" && id) ids.add(id);
    }
  }
  return [...ids];
}

/** A value as short text: lists joined by commas, empty values as null (shown as "—"), known ids as names. */
export function formatAuditValue(value: unknown, names: AuditNames = {}): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value))
    return value.length === 0 ? null : value.map((v) => formatAuditValue(v, names) ?? "—").join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  if (typeof value === "string" && Object.hasOwn(names, value)) return names[value]!;
  return String(value);
}

/**
 * One line per field present on either side, in first-seen order; fields equal on both sides
 * are kept only when nothing changed at all (so a row always says something), and a
 * non-object side (a bare value) is shown under the field "value". Field names are shown as
 * words ("sub-skill", not "subSkillId").
 */
export function describeAuditChange(before: unknown, after: unknown, names: AuditNames = {}): ChangeLine[] {
  const b = isRecord(before) ? before : before === null || before === undefined ? {} : { value: before };
  const a = isRecord(after) ? after : after === null || after === undefined ? {} : { value: after };
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const lines = fields.map((field) => ({
    field: fieldName(field),
    before: formatAuditValue(b[field], names),
    after: formatAuditValue(a[field], names),
  }));
  const changed = lines.filter((l) => l.before !== l.after);
  return changed.length > 0 ? changed : lines;
}

/** The change as one line of text, for the CSV: "role: ADMIN → MENTOR; sub-skill: — → Serving". */
export function auditChangeText(before: unknown, after: unknown, names: AuditNames = {}): string {
  return describeAuditChange(before, after, names)
    .map((line) => `${line.field}: ${line.before ?? "—"} → ${line.after ?? "—"}`)
    .join("; ");
}
