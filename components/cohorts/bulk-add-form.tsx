"use client";

import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { TextFileField } from "@/components/ui/text-file-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { TableHead } from "@/components/ui/table-head";
import type { ActionState } from "@/lib/actions/result";
import { bulkAddMembersAction } from "@/lib/cohorts/actions";
import {
  MEMBER_LIST_MAX_CHARACTERS,
  MEMBER_LIST_MAX_ENTRIES,
  type BulkOutcome,
  type BulkReportLine,
} from "@/lib/cohorts/bulk-report";
import { cn } from "@/lib/ui/cn";

type State = ActionState<{ report: BulkReportLine[] }>;

/** Outcomes that changed something read green; those that need the admin's eye, amber or red. */
const TONE: Record<BulkOutcome, string> = {
  added: "text-green-800",
  invited: "text-green-800",
  "already-member": "text-slate-700",
  "already-invited": "text-slate-700",
  duplicate: "text-slate-700",
  "no-account": "text-amber-800",
  "not-learner": "text-amber-800",
  invalid: "text-red-700",
};

/**
 * Many learners at once: paste addresses, or choose a CSV file (read here, in the browser,
 * into the same box, so the admin sees what will be sent). After sending, the box is kept and
 * a per-line report says what happened to each entry.
 */
export function BulkAddForm({ cohortId }: { cohortId: string }) {
  const [list, setList] = useState("");
  const { state, pending, onSubmit, fieldErrors } = useActionForm(
    async (previous: State, formData: FormData): Promise<State> => bulkAddMembersAction(previous, formData),
  );
  const report = state?.ok ? (state.data?.report ?? []) : [];

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add many learners" className="flex flex-col gap-4">
      <input type="hidden" name="cohortId" value={cohortId} />
      <TextFileField
        label="CSV file (optional)"
        hint="A column named “email”, or one address per line. Choosing a file puts its text in the box below."
        maxBytes={MEMBER_LIST_MAX_CHARACTERS}
        tooLargeMessage="That file is too large. Split it into files of at most 500 addresses."
        onText={setList}
      />
      <Field
        label="Email addresses"
        required
        hint={`One per line (or separated by commas), up to ${MEMBER_LIST_MAX_ENTRIES}. “Name <email>” works too.`}
        errors={fieldErrors?.list}
      >
        {(control) => (
          <Textarea
            {...control}
            name="list"
            rows={6}
            value={list}
            onChange={(event) => setList(event.target.value)}
            spellCheck={false}
            placeholder={"ada@example.com\nGrace Hopper <grace@example.com>"}
            className="font-mono text-xs"
          />
        )}
      </Field>
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input type="checkbox" name="invite" value="true" defaultChecked className="mt-0.5 h-4 w-4" />
        <span>
          Invite addresses that have no account yet
          <span className="block text-slate-600">
            They get an email with a sign-up link that adds them to this cohort (valid for 14 days).
          </span>
        </span>
      </label>
      <FormMessage state={state} />
      {report.length > 0 ? (
        <div
          role="region"
          aria-label="What happened to each line"
          tabIndex={0}
          className="max-h-96 overflow-y-auto rounded-md border border-slate-200"
          data-testid="bulk-add-report"
        >
          <table className="w-full table-fixed text-left text-sm">
            <caption className="sr-only">What happened to each entry, by line of the list</caption>
            <TableHead
              columns={[
                { label: "Line", className: "w-14" },
                { label: "Entry", className: "w-2/5" },
                { label: "Result" },
              ]}
              className="sticky top-0 bg-slate-50 text-slate-700"
              cellClassName="px-3 py-2 font-medium"
            />
            <tbody className="divide-y divide-slate-100">
              {report.map((row, index) => (
                <tr key={`${row.line}-${index}`} className="align-top">
                  <td className="px-3 py-2 font-mono text-slate-900">{row.line}</td>
                  <td className="px-3 py-2 break-words text-slate-900">{row.entry}</td>
                  <td className={cn("px-3 py-2 break-words", TONE[row.outcome])}>{row.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Button type="submit" pending={pending} className="self-start" disabled={list.trim() === ""}>
        {pending ? "Adding…" : "Add the list"}
      </Button>
    </form>
  );
}
