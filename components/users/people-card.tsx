import Link from "next/link";
import type { ReactNode } from "react";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { InlineAction } from "@/components/ui/inline-action";
import type { ActionState } from "@/lib/actions/result";

type Person = { id: string; name: string | null; email: string };
type Action = (state: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

const personLabel = (p: Person) => p.name ?? p.email;

/**
 * A card of people linked to their admin page, each with one button that takes them off it
 * (a cohort's learners and mentors, an account's mentors and mentees), and `children` (the
 * form that adds one) below. `fieldsFor` gives the action's fields for a person; `verb` names
 * the button ("Remove", "Unassign").
 */
export function PeopleCard({
  title,
  description,
  children,
  people,
  label = title,
  empty,
  action,
  fieldsFor,
  verb,
  accessibleVerb = verb,
  pendingLabel,
  showEmail = true,
}: {
  title: string;
  description?: string;
  children?: ReactNode;
  people: Person[];
  /** The list's accessible name: the title unless given. */
  label?: string;
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
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      {people.length === 0 ? (
        <p className="mb-4 text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="mb-4 flex flex-col divide-y divide-slate-100" aria-label={label}>
          {people.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              {/* No prefetch: by default next/link would fetch every listed person's page (a cohort lists 100). */}
              <Link
                href={`/admin/users/${p.id}`}
                prefetch={false}
                title={showEmail && p.name ? `${p.name} (${p.email})` : personLabel(p)}
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
      )}
      {children}
    </Card>
  );
}
