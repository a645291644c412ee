"use client";

import { useEffect, useRef, type RefObject } from "react";
import type { ActionState } from "@/lib/actions/result";

const CONTROL = "input:not([type=hidden]), select, textarea";

/**
 * After a refused submit, moves focus to the form's first field marked `aria-invalid`, so a
 * keyboard or screen-reader user lands on what needs fixing and hears its message (the field's
 * description). An invalid group (a fieldset of radios) focuses itself when it is focusable,
 * otherwise its first control. A form-level refusal leaves focus where it is: FormMessage's
 * live region announces it. Attach the returned ref to the <form> (or pass the form's own ref).
 */
export function useFocusFirstInvalid(state: ActionState<unknown>, ref?: RefObject<HTMLFormElement | null>) {
  const ownRef = useRef<HTMLFormElement | null>(null);
  const formRef = ref ?? ownRef;
  useEffect(() => {
    if (!state || state.ok) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!invalid) return;
    const target = invalid.matches(`${CONTROL}, [tabindex]`) ? invalid : invalid.querySelector<HTMLElement>(CONTROL);
    target?.focus();
  }, [state, formRef]);
  return formRef;
}
