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
import { VersionCompare } from "@/components/reviews/version-compare";
import { getVersionComparison } from "@/lib/reviews/queries";

type Props = {
  params: Promise<{ deliverableId: string }>;
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { data } = await loadDeliverable((await params).deliverableId);
  return { title: data ? data.deliverable.title : "Deliverable not found" };
}

export default async function DeliverablePage({ params, searchParams }: Props) {
  const { user, data } = await loadDeliverable((await params).deliverableId);
  if (!data) notFound();
  const { deliverable, phaseNumber, submission, state, formDefaults, draftFiles, archived } = data;
  const query = (await searchParams) ?? {};
  const [reviewers, comparison] = await Promise.all([
    getLearnerReviewers(user.id),
    submission ? getVersionComparison(user, submission.id, query.from, query.to) : null,
  ]);

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
        <SubmissionPanel
          deliverableId={deliverable.id}
          state={state}
          formDefaults={formDefaults}
          draftFiles={draftFiles}
          archived={archived}
        />
        <ReviewersNote reviewers={reviewers} />
        {comparison ? (
          <VersionCompare comparison={comparison} action={`/deliverables/${encodeURIComponent(deliverable.id)}`} />
        ) : null}

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
