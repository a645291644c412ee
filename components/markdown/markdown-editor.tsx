"use client";

import { useDeferredValue } from "react";
import { Markdown } from "@/components/markdown/markdown";
import { Field, Textarea } from "@/components/ui/field";

type MarkdownEditorProps = {
  /** The form field's name; its errors come back under it. */
  name: string;
  label: string;
  /** What to write, before the Markdown help and the character count the editor adds. */
  hint?: string;
  required?: boolean;
  rows: number;
  maxLength: number;
  value: string;
  onChange: (value: string) => void;
  errors?: readonly string[];
};

/**
 * A Markdown text box with its live preview beside it (below it on narrow screens), as the
 * reviewer will see it: the deliverable form and the project form both write descriptions so.
 * The preview renders a deferred copy of the text, so typing stays responsive on long texts.
 */
export function MarkdownEditor({
  name,
  label,
  hint,
  required,
  rows,
  maxLength,
  value,
  onChange,
  errors,
}: MarkdownEditorProps) {
  const preview = useDeferredValue(value);
  const help = `Markdown: **bold**, lists, \`code\`, [links](https://…). ${value.length.toLocaleString("en-US")} / ${maxLength.toLocaleString("en-US")} characters.`;
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <Field label={label} required={required} hint={hint ? `${hint} ${help}` : help} errors={errors}>
        {(control) => (
          <Textarea
            {...control}
            name={name}
            rows={rows}
            maxLength={maxLength}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            className="font-mono"
          />
        )}
      </Field>
      <section aria-label="Preview" className="flex min-w-0 flex-col gap-1.5">
        <p className="text-sm font-medium text-slate-800" aria-hidden="true">
          Preview
        </p>
        <div className="min-h-40 rounded-md border border-slate-200 bg-slate-50 p-3" data-testid="description-preview">
          {preview.trim() ? (
            <Markdown>{preview}</Markdown>
          ) : (
            <p className="text-sm text-slate-500">Nothing to preview yet.</p>
          )}
        </div>
      </section>
    </div>
  );
}
