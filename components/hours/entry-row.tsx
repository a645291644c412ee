"use client";

import { useEffect, useRef, useState, useTransition, type KeyboardEvent } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/actions/result";
import { deleteTimeEntryAction, updateTimeEntryAction } from "@/lib/hours/actions";
import { entryFormValues } from "@/lib/hours/form-values";
import type { HoursOption, TimeEntryRow } from "@/lib/hours/types";
import { formatMinutes } from "@/lib/progress/path";
import { EntryFields } from "./entry-fields";

type Mode = "view" | "edit" | "confirm-delete";

type EntryRowProps = {
  entry: TimeEntryRow;
  phases: readonly HoursOption[];
  subSkills: readonly HoursOption[];
  today: string;
  /**
   * The entry's date as read ("3 Mar 2026") and shown ("Tue, 3 Mar 2026"), formatted by the
   * server: the rows then hydrate without building Intl date formatters in the browser.
   */
  dates: { short: string; long: string };
};

/**
 * One entry of the list, with its edit form and its delete confirmation in place. Focus moves
 * into each step and back to the button that opened it; Escape backs out of either step.
 */
export function EntryRow({ entry, phases, subSkills, today, dates }: EntryRowProps) {
  const [mode, setMode] = useState<Mode>("view");
  const [notice, setNotice] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  // The buttons unmount while a step is open, so remember which one to focus when it closes.
  const cameFrom = useRef<Exclude<Mode, "view"> | null>(null);
  const label = `${dates.short}, ${formatMinutes(entry.minutes)}`;

  const open = (next: Exclude<Mode, "view">) => {
    cameFrom.current = next;
    setNotice(null);
    setMode(next);
  };
  const close = (message: string | null = null) => {
    setNotice(message);
    setMode("view");
  };
  useEffect(() => {
    if (mode !== "view" || !cameFrom.current) return;
    (cameFrom.current === "edit" ? editButton : deleteButton).current?.focus();
    cameFrom.current = null;
  }, [mode]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && mode !== "view") {
      event.preventDefault();
      close();
    }
  };

  return (
    <li className="py-4" onKeyDown={onKeyDown} data-testid="time-entry">
      {mode === "edit" ? (
        <EditEntryForm entry={entry} phases={phases} subSkills={subSkills} today={today} label={label} onDone={close} />
      ) : (
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
          <div className="min-w-0">
            <p className="font-medium text-slate-900">
              <time dateTime={entry.date}>{dates.long}</time>
              <span aria-hidden="true"> · </span>
              <span className="sr-only">, </span>
              {formatMinutes(entry.minutes)}
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
              <span>
                {entry.phaseTitle}
                {entry.phaseArchived ? " (archived)" : ""}
              </span>
              {entry.subSkillTitle ? <Badge tone="brand">{entry.subSkillTitle}</Badge> : null}
            </p>
            {entry.note ? (
              <p className="mt-2 text-sm break-words whitespace-pre-line text-slate-700">{entry.note}</p>
            ) : null}
            <p aria-live="polite" className="mt-1 text-sm text-green-800">
              {notice}
            </p>
          </div>
          {mode === "confirm-delete" ? (
            <DeleteConfirmation id={entry.id} label={label} onCancel={() => close()} />
          ) : (
            <div className="flex shrink-0 gap-2">
              <Button ref={editButton} size="sm" variant="secondary" onClick={() => open("edit")}>
                Edit<span className="sr-only"> entry of {label}</span>
              </Button>
              <Button ref={deleteButton} size="sm" variant="ghost" onClick={() => open("confirm-delete")}>
                Delete<span className="sr-only"> entry of {label}</span>
              </Button>
            </div>
          )}
        </div>
      )}
    </li>
  );
}

function EditEntryForm({
  entry,
  phases,
  subSkills,
  today,
  label,
  onDone,
}: Omit<EntryRowProps, "dates"> & { label: string; onDone: (message?: string | null) => void }) {
  const form = useRef<HTMLFormElement>(null);
  const { state, pending, onSubmit, fieldErrors } = useActionForm(
    async (previous: ActionState<{ id: string }>, formData: FormData) => {
      const result = await updateTimeEntryAction(previous, formData);
      if (result.ok) onDone(result.message ?? "Entry updated.");
      return result;
    },
  );
  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>("input[name=date]")?.focus();
  }, []);

  return (
    <form
      ref={form}
      onSubmit={onSubmit}
      noValidate
      aria-label={`Edit entry of ${label}`}
      className="flex flex-col gap-4"
    >
      <FormMessage state={state} />
      <input type="hidden" name="id" value={entry.id} />
      <EntryFields
        compact
        phases={phases}
        subSkills={subSkills}
        today={today}
        fieldErrors={fieldErrors}
        defaults={entryFormValues(entry)}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" pending={pending}>
          {pending ? "Saving…" : "Save changes"}
        </Button>
        <Button size="sm" variant="secondary" onClick={() => onDone()} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function DeleteConfirmation({ id, label, onCancel }: { id: string; label: string; onCancel: () => void }) {
  const cancelButton = useRef<HTMLButtonElement>(null);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  // Focus lands on Cancel, the harmless choice, so a stray Enter deletes nothing.
  useEffect(() => {
    cancelButton.current?.focus();
  }, []);

  const confirm = () =>
    startTransition(async () => {
      const result = await deleteTimeEntryAction({ id });
      // On success the refreshed list no longer has this row; the list heading takes focus.
      if (result.ok) document.getElementById("entries-heading")?.focus();
      else setError(result.message);
    });

  return (
    <div role="group" aria-label={`Delete entry of ${label}?`} className="flex shrink-0 flex-col gap-2 sm:items-end">
      <p className="text-sm font-medium text-slate-900">Delete this entry?</p>
      <div className="flex gap-2">
        <Button size="sm" variant="danger" pending={pending} onClick={confirm}>
          {pending ? "Deleting…" : "Delete entry"}
        </Button>
        <Button ref={cancelButton} size="sm" variant="secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </Button>
      </div>
      <p aria-live="polite" className="text-sm text-red-700">
        {error}
      </p>
    </div>
  );
}
