"use client";

import { useState, type FormEvent } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { MarkdownEditor } from "@/components/markdown/markdown-editor";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { saveSubmissionDraftAction, submitDeliverableAction } from "@/lib/deliverables/actions";
import { DESCRIPTION_MAX_LENGTH } from "@/lib/deliverables/schema";

type Intent = "draft" | "submit";

/** The two ways to send the form, in order: the first is the default submitter (Enter). */
const INTENTS = [
  { intent: "draft", label: "Save draft", pendingLabel: "Saving…", variant: "secondary" },
  { intent: "submit", label: "Submit for review", pendingLabel: "Submitting…", variant: undefined },
] as const satisfies readonly { intent: Intent; label: string; pendingLabel: string; variant?: "secondary" }[];

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
  const { state, pending, onSubmit, fieldErrors } = useActionForm<{ version: number }>((previous, formData) =>
    formData.get("intent") === "submit"
      ? submitDeliverableAction(previous, formData)
      : saveSubmissionDraftAction(previous, formData),
  );
  const [intent, setIntent] = useState<Intent>("draft");
  const [description, setDescription] = useState(defaults.description);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    setIntent(submitter?.getAttribute("value") === "submit" ? "submit" : "draft");
    onSubmit(event);
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5" aria-label={`Version ${version}`}>
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
      <MarkdownEditor
        name="description"
        label="Description"
        required
        rows={14}
        maxLength={DESCRIPTION_MAX_LENGTH}
        value={description}
        onChange={setDescription}
        errors={fieldErrors?.description}
      />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        {INTENTS.map(({ intent: value, label, pendingLabel, variant }) => (
          <Button
            key={value}
            type="submit"
            name="intent"
            value={value}
            variant={variant}
            pending={pending && intent === value}
            disabled={pending && intent !== value}
          >
            {pending && intent === value ? pendingLabel : label}
          </Button>
        ))}
        <p className="text-sm text-slate-600">
          Once submitted, version {version} can&apos;t be edited until a reviewer responds.
        </p>
      </div>
    </form>
  );
}
