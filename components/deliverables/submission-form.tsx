"use client";

import { startTransition, useActionState, useDeferredValue, useState, type FormEvent } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useFocusFirstInvalid } from "@/components/forms/use-focus-first-invalid";
import { Markdown } from "@/components/markdown/markdown";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import type { ActionState } from "@/lib/actions/result";
import { saveSubmissionDraftAction, submitDeliverableAction } from "@/lib/deliverables/actions";
import { DESCRIPTION_MAX_LENGTH } from "@/lib/deliverables/schema";

type Intent = "draft" | "submit";

export type SubmissionFormProps = {
  deliverableId: string;
  /** The version this form writes: 1, or N+1 after changes were requested. */
  version: number;
  defaults: { repoUrl: string; demoUrl: string; docUrl: string; description: string };
};

const LINKS = [
  { name: "repoUrl", label: "Repository URL", placeholder: "https://github.com/you/project" },
  { name: "demoUrl", label: "Demo URL", placeholder: "https://…" },
  { name: "docUrl", label: "Document URL", placeholder: "https://…" },
] as const;

/**
 * The deliverable form: three optional links and a Markdown description with a live preview.
 * "Save draft" and "Submit for review" send the same fields; the button pressed picks the
 * action (it is the form's submitter, so Enter in a link field saves a draft, never submits).
 */
export function SubmissionForm({ deliverableId, version, defaults }: SubmissionFormProps) {
  const [state, dispatch, pending] = useActionState<ActionState<{ version: number }>, FormData>(
    (previous, formData) =>
      formData.get("intent") === "submit"
        ? submitDeliverableAction(previous, formData)
        : saveSubmissionDraftAction(previous, formData),
    null,
  );
  const [intent, setIntent] = useState<Intent>("draft");
  const [description, setDescription] = useState(defaults.description);
  const preview = useDeferredValue(description); // typing stays responsive on long texts
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const formRef = useFocusFirstInvalid(state);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    setIntent(formData.get("intent") === "submit" ? "submit" : "draft");
    startTransition(() => dispatch(formData));
  };

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-5"
      aria-label={`Version ${version}`}
    >
      <input type="hidden" name="deliverableId" value={deliverableId} />
      <FormMessage state={state} />
      <div className="grid gap-4 md:grid-cols-3">
        {LINKS.map((link) => (
          <Field key={link.name} label={link.label} hint="Optional" errors={fieldErrors?.[link.name]}>
            {(control) => (
              <Input
                {...control}
                name={link.name}
                type="url"
                inputMode="url"
                autoComplete="url"
                maxLength={2000}
                placeholder={link.placeholder}
                defaultValue={defaults[link.name]}
              />
            )}
          </Field>
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Field
          label="Description"
          required
          hint={`Markdown: **bold**, lists, \`code\`, [links](https://…). ${description.length.toLocaleString("en-US")} / ${DESCRIPTION_MAX_LENGTH.toLocaleString("en-US")} characters.`}
          errors={fieldErrors?.description}
        >
          {(control) => (
            <Textarea
              {...control}
              name="description"
              rows={14}
              maxLength={DESCRIPTION_MAX_LENGTH}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
              className="font-mono"
            />
          )}
        </Field>
        <section aria-label="Preview" className="flex min-w-0 flex-col gap-1.5">
          <p className="text-sm font-medium text-slate-800" aria-hidden="true">
            Preview
          </p>
          <div
            className="min-h-40 rounded-md border border-slate-200 bg-slate-50 p-3"
            data-testid="description-preview"
          >
            {preview.trim() ? (
              <Markdown>{preview}</Markdown>
            ) : (
              <p className="text-sm text-slate-500">Nothing to preview yet.</p>
            )}
          </div>
        </section>
      </div>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <Button
          type="submit"
          name="intent"
          value="draft"
          variant="secondary"
          pending={pending && intent === "draft"}
          disabled={pending && intent !== "draft"}
        >
          {pending && intent === "draft" ? "Saving…" : "Save draft"}
        </Button>
        <Button
          type="submit"
          name="intent"
          value="submit"
          pending={pending && intent === "submit"}
          disabled={pending && intent !== "submit"}
        >
          {pending && intent === "submit" ? "Submitting…" : "Submit for review"}
        </Button>
        <p className="text-sm text-slate-600">
          Once submitted, version {version} can&apos;t be edited until a reviewer responds.
        </p>
      </div>
    </form>
  );
}
