import Link from "next/link";
import { InlineAction } from "@/components/ui/inline-action";
import type { ActionState } from "@/lib/actions/result";

type Person = { id: string; name: string | null; email: string };
type Action = (state: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

const personLabel = (p: Person) => p.name ?? p.email;

/**
 * People linked to their admin page, each with one button that takes them off this list
 * (a cohort's learners and mentors, an account's mentors and mentees). `fieldsFor` gives the
 * action's fields for a person; `verb` names the button ("Remove", "Unassign").
 */
export function PersonList({
  people,
  label,
  empty,
  action,
  fieldsFor,
  verb,
  accessibleVerb = verb,
  pendingLabel,
  showEmail = true,
}: {
  people: Person[];
  /** The list's accessible name. */
  label: string;
  /** Shown instead of an empty list. */
  empty: string;
  action: Action;
  fieldsFor: (person: Person) => Record<string, string>;
  verb: string;
  /** The button's accessible name before the person's name: "Unassign from Lee". */
  accessibleVerb?: string;
  pendingLabel?: string;
  /** The email after the name (when there is a name). */
  showEmail?: boolean;
}) {
  if (people.length === 0) return <p className="mb-4 text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="mb-4 flex flex-col divide-y divide-slate-100" aria-label={label}>
      {people.map((p) => (
        <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <Link
            href={`/admin/users/${p.id}`}
            className="min-w-0 truncate text-sm font-medium text-brand-800 hover:underline"
          >
            {personLabel(p)}
            {showEmail && p.name ? (
              <>
                {" "}
                <span className="font-normal text-slate-500">{p.email}</span>
              </>
            ) : null}
          </Link>
          <InlineAction
            action={action}
            fields={fieldsFor(p)}
            label={verb}
            accessibleLabel={`${accessibleVerb} ${personLabel(p)}`}
            pendingLabel={pendingLabel}
            variant="ghost"
          />
        </li>
      ))}
    </ul>
  );
}
