"use client";

import { useActionState, useOptimistic, useTransition } from "react";
import { FormMessage } from "@/components/forms/form-message";
import type { ActionState } from "@/lib/actions/result";
import { setDigestOptOutAction } from "@/lib/notifications/actions";
import { cn } from "@/lib/ui/cn";

/**
 * The daily-email switch. On = the user gets the digest; switching it off opts out. The switch
 * moves at once (optimistic) and snaps back if the save fails.
 */
export function DigestToggle({ optedOut }: { optedOut: boolean }) {
  const [state, save] = useActionState<ActionState<{ optOut: boolean }>, boolean>(
    (_previous, optOut) => setDigestOptOutAction({ optOut }),
    null,
  );
  const [enabled, setEnabled] = useOptimistic(!optedOut);
  const [pending, startTransition] = useTransition();
  const toggle = () =>
    startTransition(() => {
      setEnabled(!enabled);
      save(enabled); // currently on → opt out
    });
  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-center justify-between gap-4">
        <span id="digest-label" className="text-sm font-medium text-slate-800">
          Daily email digest
        </span>
        <button
          type="button"
          role="switch"
          aria-checked={enabled}
          aria-labelledby="digest-label"
          aria-describedby="digest-hint"
          aria-busy={pending || undefined}
          onClick={toggle}
          className={cn(
            "relative inline-flex h-6 w-11 shrink-0 items-center rounded-full transition-colors",
            enabled ? "bg-brand-700" : "bg-slate-300",
          )}
        >
          <span
            aria-hidden="true"
            className={cn(
              "inline-block size-5 rounded-full bg-white shadow transition-transform",
              enabled ? "translate-x-5.5" : "translate-x-0.5",
            )}
          />
        </button>
      </div>
      <p id="digest-hint" className="text-sm text-slate-600">
        {enabled
          ? "On: at most one email a day, listing notifications you haven't read in the app."
          : "Off: you only see notifications here in the app."}
      </p>
      <FormMessage state={state} />
    </div>
  );
}
