/**
 * Audit rows keep `before` and `after` as JSON objects (see auditDiff). This turns a pair into
 * lines a person reads as "field: old → new". Pure, for the audit page and its tests.
 */
export interface ChangeLine {
  field: string;
  before: string | null;
  after: string | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value as short text: lists joined by commas, empty values as null (shown as "—"). */
export function formatAuditValue(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map((v) => formatAuditValue(v) ?? "—").join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * One line per field present on either side, in first-seen order; fields equal on both sides
 * are kept only when nothing changed at all (so a row always says something), and a
 * non-object side (a bare value) is shown under the field "value".
 */
export function describeAuditChange(before: unknown, after: unknown): ChangeLine[] {
  const b = isRecord(before) ? before : before === null || before === undefined ? {} : { value: before };
  const a = isRecord(after) ? after : after === null || after === undefined ? {} : { value: after };
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const lines = fields.map((field) => ({
    field,
    before: formatAuditValue(b[field]),
    after: formatAuditValue(a[field]),
  }));
  const changed = lines.filter((l) => l.before !== l.after);
  return changed.length > 0 ? changed : lines;
}
