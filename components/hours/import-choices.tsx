"use client";

import { Field, Select } from "@/components/ui/field";
import type { DateOrder } from "@/lib/hours/import-dates";
import { MAPPED_FIELD_LABELS, MAPPED_FIELDS, type ColumnMapping, type MappedField } from "@/lib/hours/trackers";

/** The mapping step: which of the file's columns holds what (date and a duration, or start and end). */
export function ColumnChoices({
  header,
  mapping,
  onChange,
}: {
  header: readonly string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const choose = (field: MappedField, name: string) => {
    const next = { ...mapping };
    if (name) next[field] = name;
    else delete next[field];
    onChange(next);
  };
  return (
    <fieldset className="grid gap-3 rounded-md border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-4">
      <legend className="px-1 text-sm font-medium text-slate-900">Which column holds what?</legend>
      {MAPPED_FIELDS.map((field) => (
        <Field key={field} label={MAPPED_FIELD_LABELS[field]}>
          {(control) => (
            <Select {...control} value={mapping[field] ?? ""} onChange={(event) => choose(field, event.target.value)}>
              <option value="">Not in this file</option>
              {header.map((name, i) =>
                name ? (
                  <option key={`${i}:${name}`} value={name}>
                    {name}
                  </option>
                ) : null,
              )}
            </Select>
          )}
        </Field>
      ))}
    </fieldset>
  );
}

const ORDERS: ReadonlyArray<[DateOrder, string]> = [
  ["mdy", "Month first, as in the US (03/02/2026 is 2 March)"],
  ["dmy", "Day first (03/02/2026 is 3 February)"],
];

/** Asked only when every date in the file reads both ways. */
export function DateOrderChoice({ value, onChange }: { value: DateOrder | ""; onChange: (order: DateOrder) => void }) {
  return (
    <fieldset className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50/50 p-4">
      <legend className="px-1 text-sm font-medium text-slate-900">How are the dates written?</legend>
      {ORDERS.map(([order, label]) => (
        <label key={order} className="flex items-center gap-2 text-sm text-slate-800">
          <input
            type="radio"
            name="dateOrderChoice"
            value={order}
            checked={value === order}
            onChange={() => onChange(order)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
