"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/actions/result";
import { approveProjectAction } from "@/lib/reviews/actions";

/** Approves one submitted portfolio project; the queue reloads without it on success. */
export function ApproveProjectButton({ projectProgressId, title }: { projectProgressId: string; title: string }) {
  const [state, approve, pending] = useActionState<ActionState, FormData>(
    () => approveProjectAction({ projectProgressId }),
    null,
  );
  return (
    <form action={approve} className="flex flex-col items-start gap-2 sm:items-end">
      <Button type="submit" size="sm" pending={pending} aria-label={`Approve project ${title}`}>
        {pending ? "Approving…" : "Approve project"}
      </Button>
      <FormMessage state={state} className="max-w-xs" />
    </form>
  );
}
