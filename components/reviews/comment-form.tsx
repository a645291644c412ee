"use client";

import { startTransition, useActionState, useRef, type FormEvent } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea } from "@/components/ui/field";
import type { ActionState } from "@/lib/actions/result";
import { addReviewCommentAction } from "@/lib/reviews/actions";
import { COMMENT_MAX_LENGTH, COMMENT_TAGS, COMMENT_TAG_LABELS } from "@/lib/reviews/schema";

/**
 * Adds a comment to a version, with a tag (note, blocking, suggestion, praise). For reviewers
 * and for the learner replying on their own submission. Clears itself once the comment is in.
 */
export function CommentForm({ versionId, showTags = true }: { versionId: string; showTags?: boolean }) {
  const form = useRef<HTMLFormElement>(null);
  const [state, dispatch, pending] = useActionState<ActionState<{ id: string }>, FormData>(
    async (previous, formData) => {
      const result = await addReviewCommentAction(previous, formData);
      if (result.ok) form.current?.reset();
      return result;
    },
    null,
  );
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  useFocusFirstInvalid(state, form);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  return (
    <form ref={form} onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label="Add a comment">
      <input type="hidden" name="versionId" value={versionId} />
      <FormMessage state={state} />
      <Field label="Comment" errors={fieldErrors?.body}>
        {(control) => <Textarea {...control} name="body" rows={3} maxLength={COMMENT_MAX_LENGTH} />}
      </Field>
      <div className="flex flex-wrap items-end gap-3">
        {showTags ? (
          <Field label="Tag" errors={fieldErrors?.tag} className="w-44">
            {(control) => (
              <Select {...control} name="tag" defaultValue="NOTE">
                {COMMENT_TAGS.map((tag) => (
                  <option key={tag} value={tag}>
                    {COMMENT_TAG_LABELS[tag]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : null}
        <Button type="submit" variant="secondary" pending={pending} className={showTags ? "mb-1.5" : undefined}>
          {pending ? "Adding…" : "Add comment"}
        </Button>
      </div>
    </form>
  );
}
