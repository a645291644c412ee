"use client";

import { useState, useTransition } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { TextFileField } from "@/components/ui/text-file-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { ColumnChoices, DateOrderChoice } from "@/components/hours/import-choices";
import { ImportPreviewTable, outcomeSummary } from "@/components/hours/import-preview-table";
import { ImportRules } from "@/components/hours/import-rules";
import { Button } from "@/components/ui/button";
import { ErrorMessages, Field, Textarea } from "@/components/ui/field";
import type { ActionState, FieldErrors } from "@/lib/actions/result";
import { importTimeEntriesAction, previewImportAction } from "@/lib/hours/actions";
import type { DateOrder } from "@/lib/hours/import-dates";
import type { ImportPreview } from "@/lib/hours/import-preview";
import { newIdempotencyKey } from "@/lib/hours/keys";
import { CSV_MAX_BYTES, CSV_MAX_SIZE_LABEL } from "@/lib/hours/form-values";
import type { ColumnMapping } from "@/lib/hours/trackers";
import type { HoursOption, ImportRuleRow } from "@/lib/hours/types";

/** The server's per-row report: fieldErrors keyed "row:<line>", in line order. */
function rowReport(fieldErrors: FieldErrors | undefined): Array<{ line: number; problems: string[] }> {
  return Object.entries(fieldErrors ?? {})
    .filter(([key]) => key.startsWith("row:"))
    .map(([key, problems]) => ({ line: Number(key.slice(4)), problems }))
    .sort((a, b) => a.line - b.line);
}

type CsvImportFormProps = {
  initialKey: string;
  phases: readonly HoursOption[];
  subSkills: readonly HoursOption[];
  rules: readonly ImportRuleRow[];
};

/**
 * CSV import in two steps: Preview (what each line would become; asks which column is which for
 * an unknown file, and how to read dates that read both ways), then Import, all or nothing.
 * A file picked is read here, in the browser, into the text box, so the learner sees what is
 * sent. The import key changes with the text: a double click imports once.
 */
export function CsvImportForm({ initialKey, phases, subSkills, rules }: CsvImportFormProps) {
  const [csv, setCsv] = useState("");
  const [importKey, setImportKey] = useState(initialKey);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [dateOrder, setDateOrder] = useState<DateOrder | "">("");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [previewErrors, setPreviewErrors] = useState<FieldErrors | undefined>();
  const [previewing, startPreview] = useTransition();
  const { state, pending, onSubmit, fieldErrors } = useActionForm(
    async (previous: ActionState<{ imported: number }>, formData: FormData) => {
      const result = await importTimeEntriesAction(previous, formData);
      if (result.ok) {
        setCsv("");
        setPreview(null);
      }
      return result;
    },
  );
  const report = rowReport(fieldErrors);
  const mappingJson = Object.keys(mapping).length > 0 ? JSON.stringify(mapping) : "";

  const runPreview = (choices: { mapping?: ColumnMapping; dateOrder?: DateOrder | "" } = {}) => {
    const chosen = choices.mapping ?? mapping;
    startPreview(async () => {
      const result = await previewImportAction({
        csv,
        mapping: Object.keys(chosen).length > 0 ? JSON.stringify(chosen) : "",
        dateOrder: choices.dateOrder ?? dateOrder,
      });
      setPreviewErrors(result.ok ? undefined : (result.fieldErrors ?? { csv: [result.message] }));
      setPreview(result.ok ? result.data! : null);
    });
  };

  const changeText = (text: string) => {
    setCsv(text);
    setImportKey(newIdempotencyKey());
    setPreview(null);
    setMapping({});
    setDateOrder("");
  };

  const unmapped = preview?.entries.find((e) => e.outcome === "unmapped");
  const suggestion = unmapped
    ? unmapped.tags[0]
      ? { field: "TAG" as const, pattern: unmapped.tags[0] }
      : unmapped.project
        ? { field: "PROJECT" as const, pattern: unmapped.project }
        : { field: "DESCRIPTION" as const, pattern: unmapped.note ?? "" }
    : null;
  const ready = preview !== null && preview.needs === null && preview.counts.new > 0;

  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={onSubmit} noValidate aria-label="Import entries from CSV" className="flex flex-col gap-4">
        <FormMessage state={state} />
        <input type="hidden" name="importKey" value={importKey} />
        <input type="hidden" name="mapping" value={mappingJson} />
        <input type="hidden" name="dateOrder" value={dateOrder} />
        <TextFileField
          label="CSV file"
          hint="Choosing a file puts its text in the box below."
          maxBytes={CSV_MAX_BYTES}
          tooLargeMessage={`That file is larger than ${CSV_MAX_SIZE_LABEL}. Split it into smaller files.`}
          onText={changeText}
        />
        <Field label="CSV text" required errors={fieldErrors?.csv ?? previewErrors?.csv}>
          {(control) => (
            <Textarea
              {...control}
              name="csv"
              rows={8}
              value={csv}
              onChange={(event) => changeText(event.target.value)}
              spellCheck={false}
              placeholder="date,hours,minutes,phase,sub_skill,note"
              className="font-mono text-xs"
            />
          )}
        </Field>
        <ErrorMessages id="import-preview-errors" messages={previewErrors?.mapping ?? previewErrors?.dateOrder} />
        {preview?.needs === "mapping" ? (
          <>
            <p className="text-sm text-slate-700">{preview.message}</p>
            <ColumnChoices header={preview.header} mapping={mapping} onChange={setMapping} />
          </>
        ) : null}
        {preview?.needs === "dateOrder" || (preview && dateOrder !== "") ? (
          <DateOrderChoice
            value={dateOrder}
            onChange={(order) => {
              setDateOrder(order);
              runPreview({ dateOrder: order });
            }}
          />
        ) : null}
        {preview && preview.needs === null ? (
          <>
            <p className="text-sm text-slate-800" role="status" data-testid="import-summary">
              {preview.formatName}: {outcomeSummary(preview.counts)}.
            </p>
            <ImportPreviewTable preview={preview} phases={phases} />
          </>
        ) : null}
        {report.length > 0 ? (
          <div role="region" aria-label="Rows to fix" tabIndex={0} data-testid="csv-report">
            <ul className="flex max-h-60 flex-col gap-1 overflow-y-auto rounded-md border border-red-200 bg-red-50/40 p-3 text-sm">
              {report.map((row) => (
                <li key={row.line} className="break-words text-slate-800">
                  <span className="font-mono">Line {row.line}:</span> {row.problems.join(" ")}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <Button
            type="button"
            variant="secondary"
            pending={previewing}
            disabled={csv.trim() === ""}
            onClick={() => runPreview()}
          >
            {previewing ? "Checking…" : "Preview"}
          </Button>
          <Button type="submit" pending={pending} disabled={!ready}>
            {pending ? "Importing…" : ready ? `Import ${preview.counts.new} new entries` : "Import"}
          </Button>
        </div>
      </form>
      <ImportRules
        rules={rules}
        phases={phases}
        subSkills={subSkills}
        suggestion={suggestion}
        onChange={() => (preview ? runPreview() : undefined)}
      />
    </div>
  );
}
