"use client";

import { useEffect, useId, useOptimistic, useRef, useState, useTransition } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";
import type { ActionState } from "@/lib/actions/result";
import { saveChecklistNoteAction, toggleChecklistItemAction } from "@/lib/phases/actions";
import type { ChecklistEntry } from "@/lib/phases/queries";
import { NOTE_MAX_LENGTH } from "@/lib/phases/schema";
import { cn } from "@/lib/ui/cn";
import { ResourceList } from "./resource-list";

/**
 * One topic or action: a native checkbox (keyboard and screen readers for free) that ticks at
 * once and saves in the background (useOptimistic: a refused save snaps back and says why),
 * and the learner's private note, edited in place. Archived items are read-only.
 */
export function ChecklistItem({ item }: { item: ChecklistEntry }) {
  const id = useId();
  const [completed, setOptimisticCompleted] = useOptimistic(item.completed);
  const [toggleError, setToggleError] = useState<string | null>(null);
  const [, startToggle] = useTransition();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);

  const toggle = (next: boolean) => {
    setToggleError(null);
    startToggle(async () => {
      setOptimisticCompleted(next);
      const result = await toggleChecklistItemAction({ itemId: item.id, completed: next });
      if (!result.ok) setToggleError(result.message);
    });
  };

  // When the editor closes (saved or cancelled), focus goes back to the button that opened it.
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const closeEditor = () => setEditing(false);

  return (
    <li className="flex flex-col gap-2 py-3" data-testid="checklist-item">
      <div className="flex items-start gap-3">
        <input
          id={`${id}-check`}
          type="checkbox"
          checked={completed}
          disabled={item.archived}
          onChange={(event) => toggle(event.target.checked)}
          aria-describedby={toggleError ? `${id}-error` : undefined}
          className="mt-0.5 size-5 shrink-0 cursor-pointer accent-brand-700 disabled:cursor-not-allowed"
        />
        <label
          htmlFor={`${id}-check`}
          className={cn("min-w-0 flex-1 text-sm text-slate-800", completed && "text-slate-500 line-through")}
        >
          {item.title}
        </label>
        {item.archived ? <Badge>archived</Badge> : null}
        {!item.archived && !editing ? (
          // The visible words start the accessible name (WCAG 2.5.3): "Add a note to “…”".
          <Button ref={editButton} variant="ghost" size="sm" className="shrink-0" onClick={() => setEditing(true)}>
            {item.note ? "Edit the note" : "Add a note"}
            <span className="sr-only">
              {item.note ? " on" : " to"} “{item.title}”
            </span>
          </Button>
        ) : null}
      </div>
      <div id={`${id}-error`} aria-live="polite" className="pl-8">
        {toggleError ? <p className="text-sm text-red-700">{toggleError}</p> : null}
      </div>
      {editing ? (
        <NoteEditor itemId={item.id} title={item.title} note={item.note} onDone={closeEditor} />
      ) : item.note ? (
        <p
          className="ml-8 rounded-md bg-slate-50 px-3 py-2 text-sm whitespace-pre-wrap text-slate-700 ring-1 ring-slate-200"
          data-testid="checklist-note"
        >
          <span className="sr-only">Your note: </span>
          {item.note}
        </p>
      ) : null}
      <ResourceList resources={item.resources} title={item.title} />
    </li>
  );
}

function NoteEditor({
  itemId,
  title,
  note,
  onDone,
}: {
  itemId: string;
  title: string;
  note: string | null;
  onDone: () => void;
}) {
  const id = useId();
  const [text, setText] = useState(note ?? "");
  const { state, pending, onSubmit } = useActionForm(
    async (previous: ActionState<{ note: string | null }>, formData: FormData) => {
      const result = await saveChecklistNoteAction(previous, formData);
      if (result.ok) onDone();
      return result;
    },
  );
  const error = state && !state.ok ? (state.fieldErrors?.note?.[0] ?? state.message) : null;

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="ml-8 flex flex-col gap-2"
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onDone();
        }
      }}
    >
      <input type="hidden" name="itemId" value={itemId} />
      <label htmlFor={`${id}-note`} className="sr-only">
        Private note on “{title}”
      </label>
      <Textarea
        id={`${id}-note`}
        name="note"
        rows={3}
        autoFocus
        value={text}
        onChange={(event) => setText(event.target.value)}
        maxLength={NOTE_MAX_LENGTH}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${id}-error`}
        placeholder="Only you can see this note."
      />
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        Private. {text.length.toLocaleString("en-US")} / {NOTE_MAX_LENGTH.toLocaleString("en-US")} characters. Esc
        cancels.
      </p>
      <div id={`${id}-error`} aria-live="polite">
        {error ? <p className="text-sm text-red-700">{error}</p> : null}
      </div>
      <div className="flex gap-2">
        <Button type="submit" size="sm" pending={pending}>
          {pending ? "Saving…" : "Save note"}
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone} disabled={pending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
