import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { LearnerSummary } from "@/lib/dashboard/summaries";
import type { Role } from "@/lib/generated/prisma/enums";
import { formatMinutes } from "@/lib/progress/path";
import { PACE_LABEL } from "@/lib/progress/pace";

/** One card per mentee: hours against the path, level, pace, last activity, open submissions. */
export function MenteeList({ mentees, viewerRole = "MENTOR" }: { mentees: LearnerSummary[]; viewerRole?: Role }) {
  if (mentees.length === 0) {
    // An admin sees every mentored learner here, so for them "empty" means nobody has a mentor yet.
    return viewerRole === "ADMIN" ? (
      <EmptyState
        title="No learner has a mentor yet"
        description="Assign mentors from a learner's page; their mentees then appear here. Until then every submission waits in the admins' review queue."
        action={<ButtonLink href="/admin/users?role=LEARNER">Find a learner to assign</ButtonLink>}
      />
    ) : (
      <EmptyState
        title="No mentees yet"
        description="An admin assigns learners to you; they appear here, and their submitted work in your review queue. Ask an admin if you expected someone."
      />
    );
  }
  return (
    <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
      {mentees.map((m) => (
        <li key={m.learnerId} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <Link
              href={`/mentor/mentees/${m.learnerId}`}
              className="rounded text-lg font-semibold text-brand-800 hover:underline"
            >
              {m.name ?? m.email}
            </Link>
            <Badge tone="brand">{m.level?.name ?? "Not yet Beginner"}</Badge>
          </div>
          <ProgressBar
            label="Hours on the path"
            value={m.totalMinutes / 60}
            max={m.pathTotalHours}
            valueText={`${formatMinutes(m.totalMinutes)} of ${m.pathTotalHours} h`}
          />
          <dl className="grid grid-cols-3 gap-2 text-sm">
            <div>
              <dt className="text-slate-600">{PACE_LABEL}</dt>
              <dd className="font-medium tabular-nums">{m.hoursPerWeek} h/week</dd>
            </div>
            <div>
              <dt className="text-slate-600">Last activity</dt>
              <dd className="font-medium">{m.lastActivityDate ?? "None yet"}</dd>
            </div>
            <div>
              <dt className="text-slate-600">Open submissions</dt>
              <dd className="font-medium tabular-nums">{m.openSubmissions}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
