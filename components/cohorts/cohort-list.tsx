import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { CohortSummary } from "@/lib/cohorts/queries";

/** The admin's cohorts, newest start first; with none, the way to the form that creates one. */
export function CohortList({ cohorts, formId }: { cohorts: CohortSummary[]; formId: string }) {
  if (cohorts.length === 0) {
    return (
      <EmptyState
        title="No cohorts yet"
        description="Create the first one with the form: a name and a start date. Then add its learners and mentors."
        action={<ButtonLink href={`#${formId}`}>Create a cohort</ButtonLink>}
      />
    );
  }
  return (
    <ul className="flex flex-col divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
      {cohorts.map((c) => (
        <li key={c.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
          <div className="min-w-0">
            <Link href={`/admin/cohorts/${c.id}`} className="font-medium text-brand-800 hover:underline">
              {c.name}
            </Link>
            <p className="text-sm text-slate-600">
              {c.guideTitle} · starts {c.startDate}
            </p>
          </div>
          <p className="text-sm text-slate-700">
            {c.memberCount} {c.memberCount === 1 ? "learner" : "learners"} · {c.mentorCount}{" "}
            {c.mentorCount === 1 ? "mentor" : "mentors"}
          </p>
        </li>
      ))}
    </ul>
  );
}
