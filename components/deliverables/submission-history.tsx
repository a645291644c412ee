import { AttachmentList } from "@/components/attachments/attachment-list";
import { ExternalLink } from "@/components/markdown/external-link";
import { Markdown } from "@/components/markdown/markdown";
import { CommentForm } from "@/components/reviews/comment-form";
import { ResolveButton } from "@/components/reviews/resolve-button";
import { RubricScores } from "@/components/rubrics/rubric-scores";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { CommentTag } from "@/lib/generated/prisma/enums";
import type { SubmissionHistory as History } from "@/lib/deliverables/queries";
import { SUBMISSION_STATUS_LABELS } from "@/lib/deliverables/rules";
import { formatInstant } from "@/lib/ui/format";
import { commentFormKey } from "@/components/reviews/conversation-key";

type Version = History["versions"][number];

const TAGS: Record<CommentTag, { label: string; tone: BadgeTone }> = {
  BLOCKING: { label: "Blocking", tone: "danger" },
  SUGGESTION: { label: "Suggestion", tone: "accent" },
  NOTE: { label: "Note", tone: "neutral" },
  PRAISE: { label: "Praise", tone: "success" },
};

/**
 * Everything that happened to a submission: each version (newest first) with its
 * links, description, review decision and comments, then the dated status changes. Reviewer
 * names are shown when known; a deleted reviewer reads as "A reviewer".
 */
export function SubmissionHistory({
  submission,
  learnerId,
  timeZone,
  conversation = false,
}: {
  submission: History;
  learnerId: string;
  timeZone: string;
  conversation?: boolean;
}) {
  return (
    <div className="flex flex-col gap-6">
      <ol className="flex flex-col gap-4" aria-label="Versions">
        {submission.versions.map((version) => (
          <li key={version.id}>
            <VersionCard version={version} timeZone={timeZone} conversation={conversation} />
          </li>
        ))}
      </ol>
      <section aria-labelledby="status-changes-heading">
        <h3 id="status-changes-heading" className="mb-2 text-base font-semibold text-slate-900">
          Status changes
        </h3>
        <ol className="flex flex-col gap-2 border-l-2 border-slate-200 pl-4 text-sm">
          {submission.statusChanges.map((change) => (
            <li key={change.id} className="text-slate-700">
              <span className="font-medium text-slate-900">
                {change.fromStatus ? `${SUBMISSION_STATUS_LABELS[change.fromStatus]} → ` : ""}
                {SUBMISSION_STATUS_LABELS[change.toStatus]}
              </span>{" "}
              <span className="text-slate-600">
                · {formatInstant(change.createdAt, timeZone)}
                {change.actorId === learnerId ? " · by you" : change.actor?.name ? ` · by ${change.actor.name}` : ""}
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

/** `conversation` adds the learner's reply form and resolve buttons (the page passes it). */
function VersionCard({
  version,
  timeZone,
  conversation,
}: {
  version: Version;
  timeZone: string;
  conversation: boolean;
}) {
  const links = [
    { label: "Repository", href: version.repoUrl },
    { label: "Demo", href: version.demoUrl },
    { label: "Document", href: version.docUrl },
  ].filter((link): link is { label: string; href: string } => Boolean(link.href));
  return (
    <Card className="flex flex-col gap-4" data-testid={`version-${version.number}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-base font-semibold text-slate-900">Version {version.number}</h3>
        <p className="text-sm text-slate-600">
          {version.submittedAt
            ? `Submitted ${formatInstant(version.submittedAt, timeZone)}`
            : "Draft, not submitted yet"}
        </p>
      </div>
      {links.length > 0 ? (
        <ul className="flex flex-col gap-1 text-sm">
          {links.map((link) => (
            <li key={link.label} className="min-w-0">
              <span className="text-slate-600">{link.label}: </span>
              <ExternalLink
                href={link.href}
                className="font-medium break-all text-brand-700 underline underline-offset-2"
              >
                {link.href}
              </ExternalLink>
            </li>
          ))}
        </ul>
      ) : null}
      <Markdown>{version.description}</Markdown>
      <AttachmentList attachments={version.attachments} label={`Files of version ${version.number}`} />
      {version.review ? <ReviewBlock review={version.review} timeZone={timeZone} /> : null}
      {version.comments.length > 0 ? (
        <section aria-label={`Comments on version ${version.number}`} className="flex flex-col gap-3">
          <h4 className="text-sm font-semibold text-slate-900">Comments ({version.comments.length})</h4>
          <ul className="flex flex-col gap-3">
            {version.comments.map((comment) => (
              <li key={comment.id} className="rounded-md border border-slate-200 p-3">
                <div className="mb-2 flex flex-wrap items-center gap-2 text-xs text-slate-600">
                  <Badge tone={TAGS[comment.tag].tone}>{TAGS[comment.tag].label}</Badge>
                  <Badge tone={comment.resolvedAt ? "success" : "neutral"}>
                    {comment.resolvedAt ? "Resolved" : "Open"}
                  </Badge>
                  <span>
                    {comment.author?.name ?? "A reviewer"} · {formatInstant(comment.createdAt, timeZone)}
                  </span>
                </div>
                <Markdown>{comment.body}</Markdown>
                {conversation ? (
                  <div className="mt-2">
                    <ResolveButton commentId={comment.id} resolved={Boolean(comment.resolvedAt)} />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {/* The learner answers the reviewer's comments on the version they were made on. */}
      {conversation && version.submittedAt ? (
        <CommentForm key={commentFormKey(version)} versionId={version.id} showTags={false} />
      ) : null}
    </Card>
  );
}

function ReviewBlock({ review, timeZone }: { review: NonNullable<Version["review"]>; timeZone: string }) {
  const approved = review.decision === "APPROVED";
  return (
    <section
      aria-label="Review"
      className={
        approved
          ? "rounded-md bg-green-50 p-3 ring-1 ring-green-200"
          : "rounded-md bg-amber-50 p-3 ring-1 ring-amber-200"
      }
    >
      <p className="text-sm font-semibold text-slate-900">
        {approved ? "Approved" : "Changes requested"}
        <span className="font-normal text-slate-700">
          {" "}
          by {review.reviewer?.name ?? "a reviewer"} · {formatInstant(review.createdAt, timeZone)}
        </span>
      </p>
      {review.summary ? <Markdown className="mt-2">{review.summary}</Markdown> : null}
      <div className="mt-3">
        <RubricScores scores={review.scores} />
      </div>
    </section>
  );
}
