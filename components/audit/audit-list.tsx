import { actionVerb, kindName } from "@/lib/audit/kinds";
import type { AuditNames } from "@/lib/audit/diff-view";
import { AuditChange } from "./audit-change";

export type AuditListEntry = {
  id: string;
  action: string;
  actorEmail: string | null;
  entityType?: string;
  entityId?: string;
  /** The subject's name as it was when the entry was written (or today's, for older entries). */
  entityLabel?: string | null;
  names?: AuditNames;
  before: unknown;
  after: unknown;
  createdAt: Date;
};

/**
 * Audit entries as a list of cards rather than a wide table: the before/after diff needs room,
 * and a list reflows on a phone without sideways scrolling. Each says what happened in words
 * ("Quiz question “What is drift?” archived"); the id stays available as the subject's tooltip.
 */
export function AuditList({ entries, timeZone }: { entries: AuditListEntry[]; timeZone: string }) {
  const format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <ol className="flex flex-col divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
      {entries.map((entry) => (
        <li
          key={entry.id}
          className="grid grid-cols-[minmax(0,1fr)] gap-2 px-4 py-3 text-sm sm:grid-cols-[12rem_minmax(0,1fr)]"
        >
          <div className="flex min-w-0 flex-col gap-0.5">
            <time dateTime={entry.createdAt.toISOString()} className="text-slate-600 tabular-nums">
              {format.format(entry.createdAt)}
            </time>
            <span className="truncate text-slate-700" title={entry.actorEmail ?? "system"}>
              {entry.actorEmail ?? "system"}
            </span>
          </div>
          <div className="flex min-w-0 flex-col gap-1">
            <p className="break-words">
              {entry.entityType ? (
                <>
                  <span className="font-medium text-slate-700">{kindName(entry.entityType)}</span>{" "}
                  <span className="font-semibold text-slate-900" title={entry.entityId}>
                    {entry.entityLabel ? `“${entry.entityLabel}”` : entry.entityId}
                  </span>{" "}
                </>
              ) : null}
              <span className="text-slate-700">{actionVerb(entry.action)}</span>{" "}
              <code className="ml-1 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{entry.action}</code>
            </p>
            <AuditChange before={entry.before} after={entry.after} names={entry.names} />
          </div>
        </li>
      ))}
    </ol>
  );
}
