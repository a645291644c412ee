import type { ActionState } from "@/lib/actions/result";
import { cn } from "@/lib/ui/cn";

/**
 * The form-level outcome of an action, in a live region that is always rendered (and never
 * changes role), so screen readers announce each new message when it appears.
 */
export function FormMessage({ state, className }: { state: ActionState<unknown>; className?: string }) {
  const isError = state !== null && !state.ok;
  return (
    <div aria-live="polite" aria-atomic="true" className={className}>
      {state?.message ? (
        <p
          data-testid="form-message"
          className={cn(
            "rounded-md px-3 py-2 text-sm ring-1",
            isError ? "bg-red-50 text-red-800 ring-red-200" : "bg-green-50 text-green-800 ring-green-200",
          )}
        >
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
