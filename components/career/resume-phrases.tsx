import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { CareerPhrase } from "@/lib/career/queries";

/**
 * The guide's résumé phrases, each marked "backed by your approved evidence" or "not yet",
 * with the sub-skills it claims and which of them still lack approved work (linked to the
 * sub-skill's page, where its example tasks are).
 */
export function ResumePhrases({ phrases }: { phrases: readonly CareerPhrase[] }) {
  if (phrases.length === 0) return <p className="text-sm text-slate-600">No résumé phrases yet.</p>;
  return (
    <ul className="flex flex-col gap-3">
      {phrases.map((phrase) => (
        <li
          key={phrase.id}
          className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
          data-testid="resume-phrase"
          data-backed={phrase.backed}
        >
          <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
            <p className="min-w-0 break-words text-slate-900">“{phrase.text}”</p>
            {phrase.backed ? (
              <Badge tone="success" className="shrink-0 self-start">
                Backed by your approved evidence
              </Badge>
            ) : (
              <Badge tone="neutral" className="shrink-0 self-start">
                Not yet backed
              </Badge>
            )}
          </div>
          {phrase.claimed.length === 0 ? (
            <p className="text-sm text-slate-600">This phrase names no sub-skill, so no work can back it yet.</p>
          ) : (
            <p className="text-sm text-slate-700">
              Claims{" "}
              {phrase.claimed.map((s, i) => (
                <span key={s.id}>
                  {i > 0 ? ", " : null}
                  <Link
                    href={`/sub-skills/${s.key}`}
                    className="font-medium text-brand-800 underline underline-offset-2"
                  >
                    {s.name}
                  </Link>
                  {phrase.missing.some((m) => m.id === s.id) ? " (no approved work yet)" : " (approved work)"}
                </span>
              ))}
              .
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
