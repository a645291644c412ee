import type { ComponentProps } from "react";
import { SubmissionStatusBadge } from "@/components/reviews/review-status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { CurrentUser } from "@/lib/auth/session";
import { elapsedLabel, isOverdue } from "@/lib/reviews/deadlines";
import type { SubmissionReview } from "@/lib/reviews/queries";
import type { RubricCriterionView } from "@/lib/rubrics/queries";
import { CommentForm } from "./comment-form";
import { Conversation } from "./conversation";
import { commentFormKey } from "./conversation-key";
import { DecisionForm } from "./decision-form";
import { EarlierVersion, VersionContent } from "./version-section";
import { BackLink } from "@/components/ui/back-link";
import { VersionCompare } from "./version-compare";

type ReviewViewProps = {
  review: SubmissionReview;
  viewer: Pick<CurrentUser, "id" | "timeZone">;
  now: Date;
  comparison?: ComponentProps<typeof VersionCompare>["comparison"] | null;
  /** The deliverable's active rubric criteria, scored with the decision. */
  rubric: readonly RubricCriterionView[];
};

/**
 * The review page: the current version (links, description, conversation, the decision form
 * while it waits), then the earlier versions folded away, each with its own conversation.
 */
export function ReviewView({ review, viewer, now, comparison, rubric }: ReviewViewProps) {
  const [current, ...earlier] = review.versions;
  const learner = review.learner.name ?? review.learner.email;
  const { work } = review;
  const windowDays = work.reviewWindowDays;
  const waiting = review.status === "SUBMITTED" && review.submittedAt !== null;
  const decidable = waiting && current !== undefined && current.number === review.currentVersion && !current.review;
  const timeZone = viewer.timeZone;

  return (
    <>
      <BackLink href="/mentor/reviews">Review queue</BackLink>
      <PageHeader
        eyebrow={`${learner} · ${work.context}`}
        title={work.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {work.kind === "project" ? <Badge tone="brand">Portfolio project</Badge> : null}
            <SubmissionStatusBadge status={review.status} />
            {waiting && review.submittedAt ? (
              <>
                <span>Waiting {elapsedLabel(review.submittedAt, now)}</span>
                {isOverdue(review.submittedAt, windowDays, now) ? (
                  <Badge tone="danger">Overdue: past the {windowDays}-day review window</Badge>
                ) : null}
              </>
            ) : null}
          </span>
        }
      />
      <details className="mb-6 rounded-lg border border-slate-200 bg-white px-5 py-3 text-sm shadow-sm">
        <summary className="cursor-pointer font-medium text-slate-900">
          {work.kind === "project" ? "About the project" : "What the deliverable asks for"}
        </summary>
        <p className="mt-2 whitespace-pre-line text-slate-700">{work.brief}</p>
        {work.stack.length > 0 ? <p className="mt-2 text-slate-700">Stack: {work.stack.join(", ")}</p> : null}
        {work.subSkills.length > 0 ? (
          <p className="mt-2 text-slate-600">Evidence for: {work.subSkills.join(", ")}</p>
        ) : null}
      </details>
      {current ? (
        <div className="flex flex-col gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Version {current.number}</CardTitle>
            </CardHeader>
            <VersionContent version={current} timeZone={timeZone} />
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Conversation</CardTitle>
            </CardHeader>
            <div className="flex flex-col gap-5">
              <Conversation version={current} learnerId={review.learner.id} timeZone={timeZone} canResolve />
              <CommentForm key={commentFormKey(current)} versionId={current.id} />
            </div>
          </Card>
          {decidable ? (
            <Card>
              <CardHeader>
                <CardTitle>Your decision</CardTitle>
              </CardHeader>
              <DecisionForm submissionId={review.id} version={current.number} rubric={rubric} />
            </Card>
          ) : null}
          {comparison ? (
            <VersionCompare comparison={comparison} action={`/mentor/reviews/${encodeURIComponent(review.id)}`} />
          ) : null}
          {earlier.length > 0 ? (
            <section aria-labelledby="earlier-versions" className="flex flex-col gap-3">
              <h2 id="earlier-versions" className="text-lg font-semibold text-slate-900">
                Earlier versions
              </h2>
              {earlier.map((version) => (
                <EarlierVersion
                  key={version.id}
                  version={version}
                  summary={
                    version.review
                      ? version.review.decision === "APPROVED"
                        ? "Approved"
                        : "Changes requested"
                      : "Not reviewed"
                  }
                >
                  <VersionContent version={version} timeZone={timeZone} />
                  <Conversation version={version} learnerId={review.learner.id} timeZone={timeZone} canResolve />
                </EarlierVersion>
              ))}
            </section>
          ) : null}
        </div>
      ) : (
        <Card>
          <p className="text-sm text-slate-600">{learner} hasn&apos;t submitted a version yet.</p>
        </Card>
      )}
    </>
  );
}
