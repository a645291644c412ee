"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { pickProjectAction } from "@/lib/projects/actions";

/** Adds a project idea to the learner's list (as planned); the page re-renders with its form. */
export function PickProjectButton({ projectId, title }: { projectId: string; title: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const pick = () =>
    startTransition(async () => {
      setError(null);
      const result = await pickProjectAction({ projectId });
      if (!result.ok) setError(result.message);
    });
  return (
    <div className="flex flex-col gap-2">
      {/* The title is read after the visible text, so the accessible name contains what is shown. */}
      <Button onClick={pick} pending={pending} className="self-start">
        {pending ? "Adding…" : "Pick this project"}
        <span className="sr-only"> “{title}”</span>
      </Button>
      <div aria-live="polite">{error ? <p className="text-sm text-red-700">{error}</p> : null}</div>
    </div>
  );
}
