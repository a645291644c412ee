import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SubmissionHistory } from "@/components/deliverables/submission-history";
import { ReviewersNote } from "@/components/mentor/reviewers-note";
import { SubmissionStatusBadge } from "@/components/reviews/review-status-badge";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { loadDeliverable } from "@/lib/deliverables/loaders";
import { getLearnerReviewers } from "@/lib/mentor/reviewers";
import { SubmissionPanel } from "./_components/submission-panel";
import { BackLink } from "@/components/ui/back-link";

type Props = { params: Promise<{ deliverableId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { data } = await loadDeliverable((await params).deliverableId);
  return { title: data ? data.deliverable.title : "Deliverable not found" };
}

export default async function DeliverablePage({ params }: Props) {
  const { user, data } = await loadDeliverable((await params).deliverableId);
  if (!data) notFound();
  const { deliverable, phaseNumber, submission, state, formDefaults, archived } = data;
  const reviewers = await getLearnerReviewers(user.id);

  return (
    <>
      <BackLink href={`/phases/${deliverable.phase.key}`}>
        {phaseNumber ? `Phase ${phaseNumber}: ` : ""}
        {deliverable.phase.title}
      </BackLink>
      <PageHeader
        eyebrow="Deliverable"
        title={deliverable.title}
        description={deliverable.description}
        actions={
          <div className="flex items-center gap-2">
            {archived ? <Badge>archived</Badge> : null}
            <SubmissionStatusBadge status={state?.status ?? "NOT_STARTED"} className="text-sm" />
          </div>
        }
      />
      {deliverable.subSkills.length > 0 ? (
        <p className="-mt-4 mb-6 text-sm text-slate-600">
          Evidence for: {deliverable.subSkills.map((s) => s.subSkill.name).join(", ")}
        </p>
      ) : null}

      <div className="flex flex-col gap-8">
        <SubmissionPanel deliverableId={deliverable.id} state={state} formDefaults={formDefaults} archived={archived} />
        <ReviewersNote reviewers={reviewers} />

        <section aria-labelledby="history-heading" className="flex flex-col gap-4">
          <h2 id="history-heading" className="text-xl font-semibold text-slate-900">
            History
          </h2>
          {submission ? (
            <SubmissionHistory submission={submission} learnerId={user.id} timeZone={user.timeZone} conversation />
          ) : (
            <EmptyState
              title="Nothing submitted yet"
              description="Your versions, reviews and comments will appear here."
            />
          )}
        </section>
      </div>
    </>
  );
}
