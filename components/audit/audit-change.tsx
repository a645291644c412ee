import { describeAuditChange, type AuditNames } from "@/lib/audit/diff-view";

/** "field: old → new", one line per changed field; a missing value reads as "—", a known id as its name. */
export function AuditChange({ before, after, names }: { before: unknown; after: unknown; names?: AuditNames }) {
  const lines = describeAuditChange(before, after, names);
  if (lines.length === 0) return <span className="text-slate-500">No details</span>;
  return (
    <dl className="flex flex-col gap-1">
      {lines.map((line) => (
        <div key={line.field} className="flex flex-wrap gap-x-1.5 break-words">
          <dt className="font-medium text-slate-700">{line.field}:</dt>
          <dd className="min-w-0 text-slate-900">
            <span className="text-slate-600 line-through decoration-slate-400">{line.before ?? "—"}</span>
            <span aria-hidden="true" className="mx-1 text-slate-500">
              →
            </span>
            <span className="sr-only"> changed to </span>
            <span>{line.after ?? "—"}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
