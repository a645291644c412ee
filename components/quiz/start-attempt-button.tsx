"use client";

import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button, type ButtonVariant } from "@/components/ui/button";
import type { ActionState } from "@/lib/actions/result";
import { startQuizAttemptAction } from "@/lib/quiz/actions";

type Started = { attemptId: string };

/** Starts (or, when one is open, continues) an attempt on the server, then opens it. */
export function StartAttemptButton({
  label = "Start a new attempt",
  variant = "primary",
}: {
  label?: string;
  variant?: ButtonVariant;
}) {
  const router = useRouter();
  const { state, pending, onSubmit } = useActionForm(async (previous: ActionState<Started>, formData: FormData) => {
    const result = await startQuizAttemptAction(previous, formData);
    if (result.ok && result.data) router.push(`/quiz/${result.data.attemptId}`);
    return result;
  });
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-2">
      <Button type="submit" variant={variant} pending={pending}>
        {pending ? "Starting…" : label}
      </Button>
      {/* Only failures are worth a line: on success the attempt opens. */}
      <FormMessage state={state?.ok ? null : state} />
    </form>
  );
}
