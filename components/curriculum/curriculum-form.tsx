"use client";

import { useEffect, useId, useRef } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ErrorMessages, Field, Input, Select, Textarea } from "@/components/ui/field";
import type { ActionState } from "@/lib/actions/result";
import { cn } from "@/lib/ui/cn";

type Base = { name: string; label: string; hint?: string; required?: boolean; half?: boolean };
export type FieldSpec =
  | (Base & { kind: "text"; defaultValue?: string; maxLength?: number; type?: "url" })
  | (Base & { kind: "textarea"; defaultValue?: string; rows?: number; maxLength?: number })
  /** A list edited as one line per entry. */
  | (Base & { kind: "lines"; defaultValue?: readonly string[]; rows?: number })
  | (Base & { kind: "number"; defaultValue?: number; min: number; max: number; unit?: string })
  | (Base & {
      kind: "select";
      defaultValue?: string;
      options: ReadonlyArray<{ value: string; label: string }>;
      placeholder?: string;
    })
  | (Base & {
      kind: "checkboxes";
      defaultValue?: readonly string[];
      options: ReadonlyArray<{ value: string; label: string }>;
    });

export type CurriculumFormProps = {
  /** A server action from lib/curriculum/actions.ts. */
  action: (state: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;
  fields: readonly FieldSpec[];
  /** Ids the action needs but the admin doesn't edit (the item's id, its guide or phase). */
  hidden?: Record<string, string>;
  submitLabel: string;
  /** Clear the fields after a successful save: for "add" forms. */
  resetOnSuccess?: boolean;
  className?: string;
};

/**
 * One form for every simple editor item, described by data so the pages stay declarative.
 * The server validates with the same zod schema and returns field errors, shown under each
 * field (and announced); nothing is trusted from the browser.
 */
export function CurriculumForm({
  action,
  fields,
  hidden = {},
  submitLabel,
  resetOnSuccess = false,
  className,
}: CurriculumFormProps) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(action);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (resetOnSuccess && state?.ok) formRef.current?.reset();
  }, [state, resetOnSuccess]);

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className={cn("flex flex-col gap-4", className)}>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((field) => (
          <div key={field.name} className={field.half ? "sm:col-span-1" : "sm:col-span-2"}>
            <FormField field={field} errors={fieldErrors?.[field.name]} />
          </div>
        ))}
      </div>
      <Button type="submit" pending={pending} className="self-start">
        {pending ? "Saving…" : submitLabel}
      </Button>
    </form>
  );
}

function FormField({ field, errors }: { field: FieldSpec; errors?: string[] }) {
  if (field.kind === "checkboxes") return <CheckboxGroup field={field} errors={errors} />;
  const hint = field.kind === "lines" ? (field.hint ?? "One per line.") : field.hint;
  return (
    <Field label={field.label} hint={hint} errors={errors} required={field.required}>
      {(control) => {
        switch (field.kind) {
          case "text":
            return (
              <Input
                {...control}
                name={field.name}
                type={field.type}
                defaultValue={field.defaultValue}
                maxLength={field.maxLength}
              />
            );
          case "textarea":
            return (
              <Textarea
                {...control}
                name={field.name}
                defaultValue={field.defaultValue}
                rows={field.rows ?? 3}
                maxLength={field.maxLength}
              />
            );
          case "lines":
            return (
              <Textarea
                {...control}
                name={field.name}
                defaultValue={field.defaultValue?.join("\n")}
                rows={field.rows ?? 4}
              />
            );
          case "number":
            return (
              <div className="flex items-center gap-2">
                {/* Input is w-full and cn() doesn't override it: the wrapper sets the width. */}
                <div className="w-32">
                  <Input
                    {...control}
                    name={field.name}
                    type="number"
                    inputMode="numeric"
                    step={1}
                    min={field.min}
                    max={field.max}
                    defaultValue={field.defaultValue}
                  />
                </div>
                {field.unit ? <span className="text-sm text-slate-600">{field.unit}</span> : null}
              </div>
            );
          case "select":
            return (
              <Select {...control} name={field.name} defaultValue={field.defaultValue ?? ""}>
                {field.placeholder ? <option value="">{field.placeholder}</option> : null}
                {field.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </Select>
            );
        }
      }}
    </Field>
  );
}

/** A fieldset of checkboxes sharing one name: the form sends every ticked value. */
function CheckboxGroup({ field, errors }: { field: Extract<FieldSpec, { kind: "checkboxes" }>; errors?: string[] }) {
  const id = useId();
  const messages = errors ?? [];
  return (
    <fieldset aria-describedby={messages.length ? `${id}-error` : undefined} className="flex flex-col gap-2">
      <legend className="mb-1.5 text-sm font-medium text-slate-800">
        {field.label}
        {field.required ? (
          <span aria-hidden="true" className="ml-0.5 text-red-700">
            *
          </span>
        ) : null}
      </legend>
      {field.hint ? <p className="text-sm text-slate-600">{field.hint}</p> : null}
      <div className="grid gap-2 sm:grid-cols-2">
        {field.options.map((option) => (
          <label key={option.value} className="flex items-start gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              name={field.name}
              value={option.value}
              defaultChecked={field.defaultValue?.includes(option.value)}
              aria-invalid={messages.length ? true : undefined}
              className="mt-0.5 size-4 rounded border-slate-300 accent-brand-700"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <ErrorMessages id={`${id}-error`} messages={messages} />
    </fieldset>
  );
}
