"use client";

import { HoursSelect } from "@/components/hours/hours-select";
import { Field, Input, Textarea } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/actions/result";
import { NOTE_MAX_LENGTH, type TimeEntryFormValues } from "@/lib/hours/form-values";
import type { HoursOption } from "@/lib/hours/types";

const optional = <span className="font-normal text-slate-500">(optional)</span>;

type EntryFieldsProps = {
  phases: readonly HoursOption[];
  subSkills: readonly HoursOption[];
  defaults: TimeEntryFormValues;
  /** The learner's today: the date picker's upper bound (the server checks it too). */
  today: string;
  fieldErrors?: FieldErrors;
  /** Two columns at most: the edit form sits inside a list row. */
  compact?: boolean;
};

/**
 * The fields of one time entry, shared by the log form and the edit form. Only active phases
 * and sub-skills are offered, plus the entry's own one when it has been archived since (it
 * may keep it). Errors come from the server under the same names the fields post.
 */
export function EntryFields({ phases, subSkills, defaults, today, fieldErrors, compact = false }: EntryFieldsProps) {
  const offered = (options: readonly HoursOption[], current: string) =>
    options.filter((o) => !o.archived || o.id === current);

  return (
    <div className={compact ? "grid gap-4 sm:grid-cols-2" : "grid gap-4 sm:grid-cols-2 lg:grid-cols-4"}>
      <Field label="Date" required errors={fieldErrors?.date}>
        {(control) => <Input {...control} name="date" type="date" max={today} defaultValue={defaults.date} />}
      </Field>
      {/* Text, not a number input: people write "1h 30m", "1:30", "90m" or "1.5" (lib/hours/duration.ts). */}
      <Field label="Duration" required hint="For example 1h 30m, 1:30, 90m or 1.5" errors={fieldErrors?.duration}>
        {(control) => (
          <Input
            {...control}
            name="duration"
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            defaultValue={defaults.duration}
          />
        )}
      </Field>
      <HoursSelect
        label="Phase"
        name="phaseId"
        options={offered(phases, defaults.phaseId)}
        defaultValue={defaults.phaseId}
        required
        errors={fieldErrors?.phaseId}
      />
      <HoursSelect
        label={<>Sub-skill {optional}</>}
        name="subSkillId"
        options={offered(subSkills, defaults.subSkillId)}
        defaultValue={defaults.subSkillId}
        emptyLabel="None"
        errors={fieldErrors?.subSkillId}
      />
      <Field
        label={<>Note {optional}</>}
        hint={`What did you work on? Up to ${NOTE_MAX_LENGTH} characters.`}
        errors={fieldErrors?.note}
        className={compact ? "sm:col-span-2" : "sm:col-span-2 lg:col-span-4"}
      >
        {(control) => (
          <Textarea {...control} name="note" rows={2} maxLength={NOTE_MAX_LENGTH} defaultValue={defaults.note} />
        )}
      </Field>
    </div>
  );
}
