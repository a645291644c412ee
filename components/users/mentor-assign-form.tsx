"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { assignMentorAction } from "@/lib/users/actions";

type Candidate = { id: string; name: string | null; email: string; role: string };

/** Assign one more mentor to a learner, picked from active mentors and admins not yet assigned. */
export function MentorAssignForm({ learnerId, candidates }: { learnerId: string; candidates: Candidate[] }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(assignMentorAction);
  if (candidates.length === 0) {
    return (
      <p className="text-sm text-slate-600">Every mentor is already assigned. Make someone a mentor to add more.</p>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="learnerId" value={learnerId} />
      <Field label="Add a mentor" errors={fieldErrors?.mentorId}>
        {(control) => (
          <Select {...control} name="mentorId" defaultValue="">
            <option value="" disabled>
              Choose a mentor…
            </option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name ? `${c.name} (${c.email})` : c.email}
                {c.role === "ADMIN" ? " · admin" : ""}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <FormMessage state={state} />
      <Button type="submit" pending={pending} className="self-start">
        {pending ? "Assigning…" : "Assign mentor"}
      </Button>
    </form>
  );
}
