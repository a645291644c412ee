"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useConfirmStep } from "@/components/forms/use-confirm-step";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button, type ButtonVariant } from "@/components/ui/button";
import type { ActionState } from "@/lib/actions/result";

type Action = (state: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

/**
 * One button that runs a server action with fixed fields (remove a member, deactivate …).
 * With `confirm`, the first press asks again in place (no modal to trap focus in), and Cancel
 * backs out (so does Escape); either way the focus goes back to the first button, which then
 * shows the progress. The outcome is announced in the form's live region.
 */
export function InlineAction({
  action,
  fields,
  label,
  pendingLabel,
  confirm,
  variant = "secondary",
  accessibleLabel,
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  /** Text of the confirming button, e.g. "Yes, deactivate". */
  confirm?: string;
  variant?: ButtonVariant;
  /** When the visible label is short ("Remove"), what it removes, for screen readers. */
  accessibleLabel?: string;
}) {
  const { state, pending, onSubmit } = useActionForm(action);
  const { asking, ask, close: backOut, returnFocusTo: firstButton } = useConfirmStep();
  return (
    <form
      onSubmit={(event) => {
        backOut();
        onSubmit(event);
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape" && asking) {
          event.preventDefault();
          backOut();
        }
      }}
      className="flex flex-col items-start gap-2"
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirm && asking ? (
        <div className="flex flex-wrap gap-2">
          <Button type="submit" size="sm" variant="danger" pending={pending} autoFocus>
            {confirm}
          </Button>
          <Button size="sm" variant="ghost" onClick={backOut}>
            Cancel
          </Button>
        </div>
      ) : (
        <Button
          ref={firstButton}
          type={confirm ? "button" : "submit"}
          size="sm"
          variant={variant}
          pending={pending}
          aria-label={accessibleLabel}
          onClick={confirm ? ask : undefined}
        >
          {pending ? (pendingLabel ?? label) : label}
        </Button>
      )}
      <FormMessage state={state} />
    </form>
  );
}
