"use client";

import { useEffect, useRef, useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/actions/result";
import { logHoursAction } from "@/lib/hours/actions";
import { newIdempotencyKey } from "@/lib/hours/keys";
import { entryFormValues } from "@/lib/hours/form-values";
import type { HoursOption } from "@/lib/hours/types";
import { EntryFields } from "./entry-fields";

type LogHoursFormProps = {
  phases: readonly HoursOption[];
  subSkills: readonly HoursOption[];
  today: string;
  defaultPhaseId: string;
  /** Made by the server for this render; the form makes the next one after each success. */
  initialKey: string;
};

/**
 * The quick log form. A double-submitted form posts the same idempotency key twice, so the
 * server creates one entry. After a success the fields empty for the next entry (remounted
 * under the new key) but the date and phase stay, since several entries often share them.
 * Someone who submitted with Enter in a field would lose the focus with that field, so it
 * goes to the new Duration field instead.
 */
export function LogHoursForm({ phases, subSkills, today, defaultPhaseId, initialKey }: LogHoursFormProps) {
  const [idempotencyKey, setIdempotencyKey] = useState(initialKey);
  const [sticky, setSticky] = useState({ date: today, phaseId: defaultPhaseId });
  const fields = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);
  const { state, pending, onSubmit, fieldErrors } = useActionForm(
    async (previous: ActionState<{ id: string }>, formData: FormData) => {
      const result = await logHoursAction(previous, formData);
      if (result.ok) {
        refocus.current = fields.current?.contains(document.activeElement) ?? false;
        setSticky({
          date: String(formData.get("date") ?? today),
          phaseId: String(formData.get("phaseId") ?? defaultPhaseId),
        });
        setIdempotencyKey(newIdempotencyKey());
      }
      return result;
    },
  );
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    fields.current?.querySelector<HTMLInputElement>("input[name=duration]")?.focus();
  }, [idempotencyKey]);

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Log time" className="flex flex-col gap-4">
      <FormMessage state={state} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div key={idempotencyKey} ref={fields}>
        <EntryFields
          phases={phases}
          subSkills={subSkills}
          today={today}
          fieldErrors={fieldErrors}
          defaults={{ ...entryFormValues(), ...sticky }}
        />
      </div>
      <Button type="submit" pending={pending} className="self-start">
        {pending ? "Saving…" : "Log time"}
      </Button>
    </form>
  );
}
