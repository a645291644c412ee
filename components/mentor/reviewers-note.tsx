import { cn } from "@/lib/ui/cn";
import type { LearnerReviewers } from "@/lib/mentor/reviewers";
import { describeTurnaround } from "@/lib/mentor/turnaround";

type ReviewersNoteProps = {
  reviewers: LearnerReviewers;
  /** Names the note's heading, so the dashboard, deliverable and projects pages each keep a unique id. */
  id?: string;
  className?: string;
};

/**
 * Who reviews the learner's work and when they usually decide: the assigned mentors, or, for a
 * learner without an active one, the admins' queue. The same rule the review queue files work
 * by (lib/mentor/reviewers.ts), so what the learner reads is what happens to their submission.
 */
export function ReviewersNote({ reviewers, id = "reviewers", className }: ReviewersNoteProps) {
  const headingId = `${id}-heading`;
  const { mentors, admins, reviewWindowDays } = reviewers;
  return (
    <section
      aria-labelledby={headingId}
      data-testid="reviewers-note"
      className={cn("rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm", className)}
    >
      <h2 id={headingId} className="font-semibold text-slate-900">
        {mentors.length === 0 ? "Who reviews your work" : mentors.length === 1 ? "Your mentor" : "Your mentors"}
      </h2>
      {mentors.length > 0 ? (
        <ul className="mt-2 flex flex-col gap-1.5">
          {mentors.map((m) => (
            <li key={m.id} className="min-w-0 text-slate-700">
              <span className="font-medium break-all text-slate-900">{m.name ?? m.email}</span>:{" "}
              {describeTurnaround(m, reviewWindowDays)}.
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-slate-700">
          You have no mentor yet, so the admins review what you submit, from their queue:{" "}
          {describeTurnaround(admins ?? { medianSeconds: null, reviewCount: 0 }, reviewWindowDays)}. An admin can assign
          you a mentor.
        </p>
      )}
    </section>
  );
}
