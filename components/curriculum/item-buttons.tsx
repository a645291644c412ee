"use client";

import { useState, useTransition } from "react";
import { useConfirmStep } from "@/components/forms/use-confirm-step";
import { Button } from "@/components/ui/button";
import { removeCurriculumItemAction, restoreCurriculumItemAction } from "@/lib/curriculum/actions";
import type { OrderedPartKey as CurriculumEntity } from "@/lib/curriculum/parts";

type ItemProps = { entity: CurriculumEntity; id: string; label: string };

/**
 * Archive (when learner records or other items point to the item) or delete (when nothing
 * does). The page says which from its counts; the server decides again at the moment of the
 * click, so a learner who just started using the item gets it archived, not deleted.
 * Deleting asks for a second click; archiving is undone by Restore. Cancel (or Escape) gives the
 * focus back to Delete, which the confirmation replaced.
 */
export function RemoveButton({ entity, id, label, mode }: ItemProps & { mode: "archive" | "delete" }) {
  const { asking: confirming, ask, close: cancel, dismiss, returnFocusTo: deleteButton } = useConfirmStep();
  const [message, setMessage] = useState("");
  const [pending, startTransition] = useTransition();
  const run = () =>
    startTransition(async () => {
      const result = await removeCurriculumItemAction({ entity, id });
      dismiss();
      setMessage(result.ok ? "" : result.message);
    });

  return (
    <div
      className="flex flex-wrap items-center gap-2"
      onKeyDown={(event) => {
        if (event.key === "Escape" && confirming) {
          event.preventDefault();
          cancel();
        }
      }}
    >
      {mode === "archive" ? (
        <Button size="sm" variant="secondary" pending={pending} onClick={run} aria-label={`Archive “${label}”`}>
          Archive
        </Button>
      ) : confirming ? (
        <>
          <Button
            size="sm"
            variant="danger"
            pending={pending}
            onClick={run}
            aria-label={`Delete “${label}” for good`}
            autoFocus
          >
            Delete for good
          </Button>
          <Button size="sm" variant="ghost" onClick={cancel}>
            Cancel
          </Button>
        </>
      ) : (
        <Button
          ref={deleteButton}
          size="sm"
          variant="ghost"
          className="text-red-700"
          onClick={ask}
          aria-label={`Delete “${label}”`}
        >
          Delete
        </Button>
      )}
      <span role="status" aria-live="polite" className="text-sm text-red-700">
        {message}
      </span>
    </div>
  );
}

export function RestoreButton({ entity, id, label }: ItemProps) {
  const [message, setMessage] = useState("");
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        size="sm"
        variant="secondary"
        pending={pending}
        aria-label={`Restore “${label}”`}
        onClick={() =>
          startTransition(async () => {
            const result = await restoreCurriculumItemAction({ entity, id });
            setMessage(result.ok ? "" : result.message);
          })
        }
      >
        Restore
      </Button>
      <span role="status" aria-live="polite" className="text-sm text-red-700">
        {message}
      </span>
    </div>
  );
}
