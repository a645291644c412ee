"use client";

import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { updateProfileAction } from "@/lib/account/actions";

export function ProfileForm({
  name,
  timeZone,
  timeZones,
}: {
  name: string;
  timeZone: string;
  timeZones: readonly string[];
}) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(updateProfileAction);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <Field label="Name" required errors={fieldErrors?.name}>
        {(control) => <Input {...control} name="name" autoComplete="name" maxLength={100} defaultValue={name} />}
      </Field>
      <Field
        label="Time zone"
        required
        hint="Hours you log are dated by the calendar in this time zone."
        errors={fieldErrors?.timeZone}
      >
        {(control) => (
          <Select {...control} name="timeZone" defaultValue={timeZone}>
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Button type="submit" pending={pending} className="self-start">
        {pending ? "Saving…" : "Save profile"}
      </Button>
    </form>
  );
}
