"use client";

import { useState, type ChangeEvent } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { TableHead } from "@/components/ui/table-head";
import type { ActionState, FieldErrors } from "@/lib/actions/result";
import { importTimeEntriesAction } from "@/lib/hours/actions";
import { newIdempotencyKey } from "@/lib/hours/keys";
import { CSV_MAX_BYTES } from "@/lib/hours/schema";

/** The server's per-row report: fieldErrors keyed "row:<line>", in line order. */
function rowReport(fieldErrors: FieldErrors | undefined): Array<{ line: number; problems: string[] }> {
  return Object.entries(fieldErrors ?? {})
    .filter(([key]) => key.startsWith("row:"))
    .map(([key, problems]) => ({ line: Number(key.slice(4)), problems }))
    .sort((a, b) => a.line - b.line);
}

/**
 * CSV import: paste the text or pick a file (read here, in the browser, into the same text
 * box, so the learner sees what will be sent). The import key changes with the text: sending
 * the same text twice (a double click) imports it once, editing it makes a new import.
 */
export function CsvImportForm({ initialKey }: { initialKey: string }) {
  const [csv, setCsv] = useState("");
  const [importKey, setImportKey] = useState(initialKey);
  const [fileError, setFileError] = useState<string | null>(null);
  const { state, pending, onSubmit, fieldErrors } = useActionForm(
    async (previous: ActionState<{ imported: number }>, formData: FormData) => {
      const result = await importTimeEntriesAction(previous, formData);
      if (result.ok) setCsv("");
      return result;
    },
  );
  const report = rowReport(fieldErrors);

  const changeText = (text: string) => {
    setCsv(text);
    setImportKey(newIdempotencyKey());
  };

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setFileError(null);
    if (!file) return;
    if (file.size > CSV_MAX_BYTES) {
      setFileError("That file is larger than 1 MB. Split it into smaller files.");
      event.target.value = "";
      return;
    }
    changeText(await file.text());
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Import entries from CSV" className="flex flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="importKey" value={importKey} />
      <Field label="CSV file" hint="Choosing a file puts its text in the box below." errors={fileError ?? undefined}>
        {(control) => (
          <Input
            {...control}
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={readFile}
            className="h-auto py-1.5"
          />
        )}
      </Field>
      <Field label="CSV text" required errors={fieldErrors?.csv}>
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
      {report.length > 0 ? (
        <div
          role="region"
          aria-label="Rows to fix"
          tabIndex={0}
          className="max-h-96 overflow-y-auto rounded-md border border-red-200 bg-red-50/40"
          data-testid="csv-report"
        >
          <table className="w-full table-fixed text-left text-sm">
            <caption className="sr-only">Rows to fix, by line number in the file</caption>
            <TableHead
              columns={[{ label: "Line", className: "w-16" }, { label: "What is wrong" }]}
              className="sticky top-0 bg-red-50 text-red-900"
              cellClassName="px-3 py-2 font-medium"
            />
            <tbody className="divide-y divide-red-100">
              {report.map((row) => (
                <tr key={row.line} className="align-top">
                  <td className="px-3 py-2 font-mono text-slate-900">{row.line}</td>
                  <td className="px-3 py-2 break-words text-slate-800">
                    <ul className="flex flex-col gap-1">
                      {row.problems.map((problem) => (
                        <li key={problem}>{problem}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Button type="submit" pending={pending} className="self-start" disabled={csv.trim() === ""}>
        {pending ? "Importing…" : "Check and import"}
      </Button>
    </form>
  );
}
