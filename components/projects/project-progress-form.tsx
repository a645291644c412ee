"use client";

import { useState, useTransition } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { dropProjectAction, updateProjectProgressAction } from "@/lib/projects/actions";
import { LEARNER_PROJECT_STATUSES, PROJECT_STATUS_LABELS, type LearnerProjectStatus } from "@/lib/projects/rules";

export type ProjectProgressFormProps = {
  progressId: string;
  title: string;
  status: LearnerProjectStatus;
  repoUrl: string | null;
};

/**
 * Status and repository link of a picked project idea, on its card. Submitting for review is
 * on the project's page; approval is a reviewer's (the server refuses SUBMITTED and APPROVED
 * here whatever the form sends).
 */
export function ProjectProgressForm({ progressId, title, status, repoUrl }: ProjectProgressFormProps) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(updateProjectProgressAction);
  const [dropping, startDrop] = useTransition();
  const [dropError, setDropError] = useState<string | null>(null);
  const drop = () =>
    startDrop(async () => {
      setDropError(null);
      const result = await dropProjectAction({ progressId });
      if (!result.ok) setDropError(result.message);
    });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={`Your progress on “${title}”`}>
      <input type="hidden" name="progressId" value={progressId} />
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <Field label="Status" errors={fieldErrors?.status}>
          {(control) => (
            <Select {...control} name="status" defaultValue={status}>
              {LEARNER_PROJECT_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {PROJECT_STATUS_LABELS[value]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Repository URL" hint="Needed before you submit it for review." errors={fieldErrors?.repoUrl}>
          {(control) => (
            <Input
              {...control}
              name="repoUrl"
              type="url"
              inputMode="url"
              maxLength={2000}
              placeholder="https://github.com/you/project"
              defaultValue={repoUrl ?? ""}
            />
          )}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending} disabled={dropping}>
          {pending ? "Saving…" : "Save progress"}
        </Button>
        <Button
          variant="ghost"
          onClick={drop}
          pending={dropping}
          disabled={pending}
          aria-label={`Remove “${title}” from your projects`}
        >
          {dropping ? "Removing…" : "Remove"}
        </Button>
        <div aria-live="polite">{dropError ? <p className="text-sm text-red-700">{dropError}</p> : null}</div>
      </div>
    </form>
  );
}
