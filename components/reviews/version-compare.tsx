import { AttachmentList, type AttachmentItem } from "@/components/attachments/attachment-list";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { fileChanges } from "@/lib/attachments/rules";
import type { DiffPart, FieldDiff } from "@/lib/deliverables/diff";

type ComparedFile = AttachmentItem & { sha256: string };
type Comparison = {
  numbers: number[];
  from: number;
  to: number;
  fields: FieldDiff[] | null;
  files?: { from: ComparedFile[]; to: ComparedFile[] };
};

/**
 * "Compare versions": a plain GET form (two selects, the page's own URL with `from` and `to`), so
 * it works before and without JavaScript, and the diff the server computed. Added and removed
 * text are <ins>/<del> with a spoken prefix, and underlined / struck through, so the change
 * never rests on colour alone. Shown once a submission has two submitted versions.
 */
export function VersionCompare({ comparison, action }: { comparison: Comparison; action: string }) {
  const { numbers, from, to, fields } = comparison;
  if (numbers.length < 2) return null;
  return (
    <section
      id="compare"
      aria-labelledby="compare-heading"
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id="compare-heading" className="text-lg font-semibold text-slate-900">
        Compare versions
      </h2>
      <form method="get" action={`${action}#compare`} className="flex flex-wrap items-end gap-3">
        <VersionSelect name="from" label="From version" numbers={numbers} value={from} />
        <VersionSelect name="to" label="To version" numbers={numbers} value={to} />
        <Button type="submit" variant="secondary">
          Compare
        </Button>
      </form>
      {fields ? <DiffFields fields={fields} from={from} to={to} /> : null}
      {fields && comparison.files ? <CompareFiles files={comparison.files} from={from} to={to} /> : null}
    </section>
  );
}

function VersionSelect({
  name,
  label,
  numbers,
  value,
}: {
  name: string;
  label: string;
  numbers: number[];
  value: number;
}) {
  return (
    <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
      {label}
      <Select name={name} defaultValue={String(value)} className="w-36">
        {numbers.map((n) => (
          <option key={n} value={n}>
            Version {n}
          </option>
        ))}
      </Select>
    </label>
  );
}

function DiffFields({ fields, from, to }: { fields: FieldDiff[]; from: number; to: number }) {
  const changed = fields.filter((f) => f.changed);
  return (
    <div className="flex flex-col gap-4" data-testid="version-diff">
      <p className="text-sm text-slate-700" role="status">
        {changed.length === 0
          ? `Version ${to} says the same as version ${from}.`
          : `Changes from version ${from} to version ${to}: ${changed.map((f) => f.label.toLowerCase()).join(", ")}.`}
      </p>
      {changed.map((field) => (
        <div key={field.field} className="flex flex-col gap-1">
          <h3 className="text-sm font-semibold text-slate-900">{field.label}</h3>
          {/* The notes are diffed as written (Markdown source), so line breaks are kept as is. */}
          <p className="rounded-md bg-slate-50 p-3 font-mono text-sm break-words whitespace-pre-wrap text-slate-800 ring-1 ring-slate-200">
            {field.parts.map((part, i) => (
              <DiffRun key={i} part={part} />
            ))}
          </p>
        </div>
      ))}
    </div>
  );
}

/** The two versions' files side by side, with what was added and removed said in words. */
function CompareFiles({
  files,
  from,
  to,
}: {
  files: { from: ComparedFile[]; to: ComparedFile[] };
  from: number;
  to: number;
}) {
  if (files.from.length === 0 && files.to.length === 0) return null;
  const { added, removed } = fileChanges(files.from, files.to);
  const names = (list: ComparedFile[]) => list.map((file) => file.name).join(", ");
  const summary =
    added.length === 0 && removed.length === 0
      ? `The files are the same in both versions.`
      : [added.length > 0 ? `added ${names(added)}` : null, removed.length > 0 ? `removed ${names(removed)}` : null]
          .filter(Boolean)
          .join("; ");
  return (
    <section aria-labelledby="compare-files-heading" className="flex flex-col gap-2" data-testid="compare-files">
      <h3 id="compare-files-heading" className="text-sm font-semibold text-slate-900">
        Files
      </h3>
      <p className="text-sm text-slate-700">
        {added.length === 0 && removed.length === 0 ? summary : `From version ${from} to version ${to}: ${summary}.`}
      </p>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        {[
          { number: from, list: files.from },
          { number: to, list: files.to },
        ].map(({ number, list }) => (
          <div key={number} className="flex min-w-0 flex-col gap-1">
            <p className="text-sm font-medium text-slate-800">Version {number}</p>
            <AttachmentList attachments={list} label={`Files of version ${number}`} empty="No files." />
          </div>
        ))}
      </div>
    </section>
  );
}

function DiffRun({ part }: { part: DiffPart }) {
  if (part.kind === "added") {
    return (
      <ins className="bg-green-50 text-green-900 underline decoration-2">
        <span className="sr-only">[added: </span>
        {part.text}
        <span className="sr-only">]</span>
      </ins>
    );
  }
  if (part.kind === "removed") {
    return (
      <del className="bg-red-50 text-red-900 line-through decoration-2">
        <span className="sr-only">[removed: </span>
        {part.text}
        <span className="sr-only">]</span>
      </del>
    );
  }
  return <>{part.text}</>;
}
