"use client";

import { useEffect, useRef } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { addAttachmentAction } from "@/lib/attachments/actions";
import { ACCEPTED_EXTENSIONS, MAX_ATTACHMENTS_PER_VERSION } from "@/lib/attachments/rules";

/**
 * The file input for the learner's unsubmitted version. The server decides what a file is from
 * its bytes; `accept` only narrows the picker. A refusal (type, size, count) shows at the field
 * and the chosen file stays selected; after a success the input is cleared for the next one.
 */
export function AttachmentUpload({ versionId, count }: { versionId: string; count: number }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(addAttachmentAction);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);
  const full = count >= MAX_ATTACHMENTS_PER_VERSION;
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="versionId" value={versionId} />
      <Field
        label="Attach a file"
        hint={
          full
            ? `This version has ${MAX_ATTACHMENTS_PER_VERSION} files, the most it can have. Remove one to add another.`
            : `PDF, PNG, JPEG, GIF, WebP, text (.txt, .md, .csv) or an archive (.zip, .tar, .gz); up to 10 MB each, ${MAX_ATTACHMENTS_PER_VERSION} files per version.`
        }
        errors={fieldErrors?.file ?? fieldErrors?.versionId}
      >
        {(control) => (
          <input
            {...control}
            type="file"
            name="file"
            accept={ACCEPTED_EXTENSIONS.join(",")}
            disabled={full}
            className="block w-full max-w-md text-sm text-slate-800 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-900 hover:file:bg-slate-200 disabled:opacity-60"
          />
        )}
      </Field>
      <div>
        <Button type="submit" variant="secondary" pending={pending} disabled={full}>
          {pending ? "Uploading…" : "Attach file"}
        </Button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}
