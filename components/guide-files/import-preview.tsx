"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import type { GuideImportPreview } from "@/lib/guide-files/preview";

type Split = GuideImportPreview["splits"][number];

/** One key per guessed split: its list and the run as copied. */
export const splitId = (split: Split) => `${split.path}\u0000${split.original}`;

/**
 * What the import would save: the guide's outline, the parser's warnings, each guessed split
 * as an editable list (one item per line: add a line break to split, remove one to join), and,
 * for a new version, what changes per section.
 */
export function ImportPreview({
  preview,
  target,
  corrections,
  onCorrect,
}: {
  preview: GuideImportPreview;
  target: "new" | "existing";
  corrections: Record<string, string>;
  onCorrect: (id: string, text: string) => void;
}) {
  return (
    <div className="flex flex-col gap-5">
      <h2 id="import-preview-heading" className="text-lg font-semibold text-slate-900">
        Preview: {preview.title} · {preview.totalHours} h
      </h2>

      <ol className="grid gap-3 sm:grid-cols-2">
        {preview.phases.map((phase, index) => (
          <li key={index} className="rounded-md p-3 ring-1 ring-slate-200">
            <h3 className="font-medium text-slate-900">
              Phase {index + 1}: {phase.title} · {phase.hours} h
            </h3>
            <p className="mt-1 text-sm text-slate-700">Topics: {phase.topics.join(" · ")}</p>
            <p className="mt-1 text-sm text-slate-700">Actions: {phase.actions.join(" · ")}</p>
            <p className="mt-1 text-sm text-slate-700">Deliverables: {phase.deliverables.join(" · ")}</p>
          </li>
        ))}
      </ol>
      <p className="text-sm text-slate-700">{preview.counts.map((c) => `${c.count} ${c.label}`).join(" · ")}</p>

      {preview.splits.length > 0 ? (
        <section aria-labelledby="import-splits-heading" className="flex flex-col gap-3">
          <h3 id="import-splits-heading" className="font-semibold text-slate-900">
            Guessed splits ({preview.splits.length}): check each
          </h3>
          <p className="text-sm text-slate-700">
            The copied text ran these items together. One item per line: add a line break to split an item, remove one
            to join two, or edit the words.
          </p>
          {preview.splits.map((split, index) => {
            const id = splitId(split);
            const proposed = split.proposed.join("\n");
            const value = corrections[id] ?? proposed;
            return (
              <div key={id} className="flex flex-col gap-2 rounded-md p-3 ring-1 ring-amber-200">
                <Field
                  label={`Split ${index + 1} at ${split.path}`}
                  hint={<span className="break-words">Copied as: “{split.original}”</span>}
                >
                  {(p) => (
                    <Textarea
                      {...p}
                      rows={Math.max(2, value.split("\n").length)}
                      value={value}
                      onChange={(e) => onCorrect(id, e.target.value)}
                    />
                  )}
                </Field>
                {value !== proposed ? (
                  <div className="flex items-center gap-3">
                    <Badge tone="warning">Corrected</Badge>
                    <Button type="button" variant="ghost" size="sm" onClick={() => onCorrect(id, proposed)}>
                      Undo correction
                    </Button>
                  </div>
                ) : null}
              </div>
            );
          })}
        </section>
      ) : null}

      {preview.warnings.length + preview.notes.length > 0 ? (
        <section aria-labelledby="import-warnings-heading">
          <h3 id="import-warnings-heading" className="font-semibold text-slate-900">
            Warnings
          </h3>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-amber-800">
            {preview.warnings.map((w, i) => (
              <li key={`w${i}`}>
                {w.path ? <code className="text-xs">{w.path}</code> : null} {w.message}
              </li>
            ))}
            {preview.notes.map((note, i) => (
              <li key={`n${i}`}>{note}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {target === "existing" && preview.changes ? <Changes changes={preview.changes} /> : null}
    </div>
  );
}

function Changes({ changes }: { changes: NonNullable<GuideImportPreview["changes"]> }) {
  return (
    <section aria-labelledby="import-changes-heading" className="flex flex-col gap-3">
      <h3 id="import-changes-heading" className="font-semibold text-slate-900">
        What changes
      </h3>
      {changes.length === 0 ? (
        <p className="text-sm text-slate-700">Nothing: the file matches the guide as it is.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {changes.map((section) => (
            <li key={section.section} className="rounded-md p-3 ring-1 ring-slate-200">
              <h4 className="font-medium text-slate-900">{section.section}</h4>
              <ChangeList label="Added" tone="success" items={section.added} />
              <ChangeList label="Changed" tone="brand" items={section.changed} />
              <ChangeList label="Archived" tone="warning" items={section.archived} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ChangeList({ label, tone, items }: { label: string; tone: "success" | "brand" | "warning"; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="mt-2">
      <Badge tone={tone}>
        {label} ({items.length})
      </Badge>
      <ul className="mt-1 list-disc pl-5 text-sm break-words text-slate-700">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
