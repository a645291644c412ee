"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { RubricFieldset } from "@/components/rubrics/rubric-fieldset";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { approveSubmissionAction, requestChangesAction } from "@/lib/reviews/actions";
import { COMMENT_MAX_LENGTH } from "@/lib/reviews/schema";
import type { RubricCriterionView } from "@/lib/rubrics/queries";

type Result = { reviewId: string; status: string };

/**
 * The reviewer's decision on one version: one comment box, two buttons. The button pressed is
 * the form's submitter and picks the action; the server decides whether the comment is
 * required (it is for a change request) and answers on the field. `version` is the version on
 * screen, so a decision never lands on a newer one the reviewer has not seen.
 */
export function DecisionForm({
  submissionId,
  version,
  rubric,
}: {
  submissionId: string;
  version: number;
  /** The criteria to score (lib/rubrics#rubricFor): required for both decisions. */
  rubric: readonly RubricCriterionView[];
}) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm<Result>((previous, formData) =>
    formData.get("decision") === "approve"
      ? approveSubmissionAction(previous, formData)
      : requestChangesAction(previous, formData),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={`Decision on version ${version}`}>
      <input type="hidden" name="submissionId" value={submissionId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      <Field
        label="Review comment"
        hint="Required when you request changes: say what needs to change. Optional when you approve."
        errors={fieldErrors?.comment}
      >
        {(control) => <Textarea {...control} name="comment" rows={5} maxLength={COMMENT_MAX_LENGTH} />}
      </Field>
      <RubricFieldset criteria={rubric} fieldErrors={fieldErrors} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="decision" value="approve" pending={pending}>
          Approve
        </Button>
        <Button type="submit" name="decision" value="request-changes" variant="secondary" pending={pending}>
          Request changes
        </Button>
      </div>
    </form>
  );
}
