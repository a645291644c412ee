"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/actions/result";
import { setCommentResolvedAction } from "@/lib/reviews/actions";

/** Resolves an open comment or reopens a resolved one (the reviewer or the learner). */
export function ResolveButton({ commentId, resolved }: { commentId: string; resolved: boolean }) {
  const [state, toggle, pending] = useActionState<ActionState, FormData>(
    () => setCommentResolvedAction({ commentId, resolved: !resolved }),
    null,
  );
  return (
    <form action={toggle} className="flex flex-wrap items-center gap-2">
      <Button type="submit" size="sm" variant="ghost" pending={pending}>
        {resolved ? "Reopen" : "Resolve"}
      </Button>
      <span aria-live="polite" className="text-sm text-red-700">
        {state && !state.ok ? state.message : null}
      </span>
    </form>
  );
}
