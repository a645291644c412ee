import type { ReactNode } from "react";
import { Field, Select } from "@/components/ui/field";
import type { HoursOption } from "@/lib/hours/types";

type HoursSelectProps = {
  label: ReactNode;
  name: string;
  options: readonly HoursOption[];
  defaultValue: string;
  /** The empty first choice ("None", "All phases"); left out where a choice is required. */
  emptyLabel?: string;
  required?: boolean;
  errors?: readonly string[];
  className?: string;
};

/**
 * A phase or sub-skill picker, for logging an entry and for filtering the list alike. Archived
 * options say so: an older entry may still point at one.
 */
export function HoursSelect({ label, name, options, defaultValue, emptyLabel, ...field }: HoursSelectProps) {
  return (
    <Field label={label} {...field}>
      {(control) => (
        <Select {...control} name={name} defaultValue={defaultValue}>
          {emptyLabel === undefined ? null : <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.title}
              {option.archived ? " (archived)" : ""}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
