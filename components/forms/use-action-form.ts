"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionState } from "@/lib/actions/result";
import { useFocusFirstInvalid } from "./use-focus-first-invalid";

/**
 * `useActionState` for a form whose action returns the shared ActionResult. Submits through
 * onSubmit rather than `<form action>`, because React resets a form after an action prop
 * runs, and someone fixing one field error should not have to retype the rest. After a
 * refusal, focus moves to the first invalid field (the submitted form is remembered here, so
 * callers need no ref).
 */
export function useActionForm<T>(action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>) {
  const [state, dispatch, pending] = useActionState<ActionState<T>, FormData>(action, null);
  const formRef = useFocusFirstInvalid(state);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    formRef.current = event.currentTarget;
    // With its submitter: where two buttons send the same fields, the one pressed picks the action.
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(formData));
  };
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  return { state, pending, onSubmit, fieldErrors };
}
