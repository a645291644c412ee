import { toCsv } from "@/lib/csv";
import { auditChangeText, type AuditNames } from "./diff-view";
import { kindName } from "./kinds";

/**
 * The audit log as CSV: one row per entry, with the names the page shows (as they were when
 * the entry was written) and the ids beside them, so a row can still be traced. Written by the
 * shared toCsv (lib/csv.ts), whose formula guard covers every cell: an item named "=cmd…" by
 * an admin must not run in whoever opens the export. Pure.
 */
export const AUDIT_CSV_COLUMNS = ["time", "actor", "kind", "subject", "subject_id", "action", "change"] as const;

export type AuditCsvEntry = {
  createdAt: Date;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string;
  entityLabel: string | null;
  before: unknown;
  after: unknown;
  names: AuditNames;
};

/** Times in the admin's zone as "YYYY-MM-DD HH:MM:SS" (what a spreadsheet reads as a date). */
function timeIn(timeZone: string) {
  const format = new Intl.DateTimeFormat("sv-SE", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  });
  return (date: Date) => format.format(date);
}

export function auditCsv(entries: readonly AuditCsvEntry[], timeZone: string): string {
  const time = timeIn(timeZone);
  return toCsv([
    [...AUDIT_CSV_COLUMNS],
    ...entries.map((e) => [
      time(e.createdAt),
      e.actorEmail ?? "system",
      kindName(e.entityType),
      e.entityLabel ?? "",
      e.entityId,
      e.action,
      auditChangeText(e.before, e.after, e.names),
    ]),
  ]);
}
