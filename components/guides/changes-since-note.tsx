import { cn } from "@/lib/ui/cn";

export type ChangesSinceNoteProps = {
  /** Sentences from `curriculumChangesSince` / `learnerCurriculumChanges` (lib/guides/changes.ts). */
  changes: readonly string[];
  /** How many to list before "and N more"; the rest stay one click away. */
  visible?: number;
  className?: string;
};

/**
 * The learner's "what changed since you started" note. Renders nothing when nothing changed.
 * A native <details> open by default: the learner can fold it away with the keyboard or a
 * click, without any client state (it reopens on the next visit, while the changes are news).
 *
 *   const changes = await learnerCurriculumChanges(user.id);
 *   <ChangesSinceNote changes={changes} />
 */
export function ChangesSinceNote({ changes, visible = 5, className }: ChangesSinceNoteProps) {
  if (changes.length === 0) return null;
  const shown = changes.slice(0, visible);
  const hidden = changes.slice(visible);
  return (
    <details
      open
      data-testid="changes-since-note"
      className={cn(
        "group rounded-lg border border-accent-100 bg-accent-50 px-4 py-3 text-sm text-slate-800",
        className,
      )}
    >
      <summary className="flex cursor-pointer list-none items-center justify-between gap-3 rounded font-semibold text-slate-900 [&::-webkit-details-marker]:hidden">
        <span>What changed since you started</span>
        <span className="text-xs font-medium text-slate-600">
          <span className="group-open:hidden">Show ({changes.length})</span>
          <span className="hidden group-open:inline">Hide</span>
        </span>
      </summary>
      <p className="mt-2 text-slate-700">
        The curriculum was updated after you began. Work you completed stays completed.
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {shown.map((sentence, index) => (
          <li key={index}>{sentence}</li>
        ))}
      </ul>
      {hidden.length > 0 ? (
        <details className="mt-2">
          <summary className="cursor-pointer rounded text-accent-700 underline-offset-2 hover:underline">
            and {hidden.length} more
          </summary>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {hidden.map((sentence, index) => (
              <li key={index}>{sentence}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </details>
  );
}
