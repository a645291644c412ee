"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import type { Role } from "@/lib/generated/prisma/enums";
import { changeRoleAction } from "@/lib/users/actions";
import { ROLES, ROLE_LABELS } from "@/lib/users/schema";

const HINT =
  "Learners track their own path; mentors review the work of learners assigned to them; admins run the curriculum, users and cohorts.";

export function RoleForm({ userId, role, disabled }: { userId: string; role: Role; disabled?: boolean }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(changeRoleAction);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="userId" value={userId} />
      <Field label="Role" errors={fieldErrors?.role} hint={HINT}>
        {(control) => (
          <Select {...control} name="role" defaultValue={role} disabled={disabled}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <FormMessage state={state} />
      <Button type="submit" pending={pending} disabled={disabled} className="self-start">
        {pending ? "Saving…" : "Change role"}
      </Button>
    </form>
  );
}
