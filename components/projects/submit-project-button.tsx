"use client";

import { InlineAction } from "@/components/ui/inline-action";
import { submitProjectAction } from "@/lib/projects/actions";

/**
 * "Submit for review", confirmed in place: the saved project becomes the next version a
 * reviewer reads, and it can't be changed until they respond.
 */
export function SubmitProjectButton({ progressId, version }: { progressId: string; version: number }) {
  return (
    <InlineAction
      action={submitProjectAction}
      fields={{ progressId }}
      label="Submit for review"
      pendingLabel="Submitting…"
      confirm={`Yes, submit version ${version}`}
      variant="primary"
    />
  );
}
