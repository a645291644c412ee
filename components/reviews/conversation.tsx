import { RubricScores } from "@/components/rubrics/rubric-scores";
import { formatInstant } from "@/lib/ui/format";
import { Markdown } from "@/components/markdown/markdown";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ReviewComment, ReviewVersion } from "@/lib/reviews/queries";
import { COMMENT_TAG_LABELS } from "@/lib/reviews/schema";
import { cn } from "@/lib/ui/cn";
import { ResolveButton } from "./resolve-button";

const TAG_TONES: Record<ReviewComment["tag"], BadgeTone> = {
  NOTE: "neutral",
  BLOCKING: "danger",
  SUGGESTION: "accent",
  PRAISE: "success",
};

type Person = { id: string; name: string | null; email: string; role: string } | null;

function who(person: Person, learnerId: string): { name: string; role: string } {
  if (!person) return { name: "A deleted account", role: "" };
  const role =
    person.id === learnerId ? "Learner" : person.role === "ADMIN" ? "Admin" : person.role === "MENTOR" ? "Mentor" : "";
  return { name: person.name ?? person.email, role };
}

type ConversationProps = {
  version: ReviewVersion;
  learnerId: string;
  timeZone: string;
  /** Whether the viewer may resolve and reopen comments (the reviewer or the learner). */
  canResolve: boolean;
};

/**
 * One version's conversation, oldest first: each comment with its author, tag and resolved
 * state, then the decision that closed the version, if any. Comments are Markdown, rendered by
 * the shared safe renderer.
 */
export function Conversation({ version, learnerId, timeZone, canResolve }: ConversationProps) {
  const { comments, review } = version;
  if (comments.length === 0 && !review) {
    return <p className="text-sm text-slate-600">No comments on this version yet.</p>;
  }
  return (
    <ol className="flex flex-col gap-3" aria-label={`Conversation on version ${version.number}`}>
      {comments.map((comment) => {
        const author = who(comment.author, learnerId);
        const resolved = comment.resolvedAt !== null;
        return (
          <li
            key={comment.id}
            data-testid="review-comment"
            className={cn(
              "rounded-md border p-3",
              resolved ? "border-slate-200 bg-slate-50" : "border-slate-200 bg-white",
            )}
          >
            <div className="mb-2 flex flex-wrap items-center gap-2 text-sm">
              <span className="font-medium text-slate-900">{author.name}</span>
              {author.role ? <span className="text-slate-600">{author.role}</span> : null}
              <Badge tone={TAG_TONES[comment.tag]}>{COMMENT_TAG_LABELS[comment.tag]}</Badge>
              {resolved ? <Badge tone="success">Resolved</Badge> : null}
              <time dateTime={comment.createdAt.toISOString()} className="text-slate-600">
                {formatInstant(comment.createdAt, timeZone)}
              </time>
            </div>
            <Markdown className={resolved ? "text-slate-600" : undefined}>{comment.body}</Markdown>
            <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-600">
              {resolved && comment.resolvedBy ? (
                <span>Resolved by {who(comment.resolvedBy, learnerId).name}</span>
              ) : null}
              {canResolve ? <ResolveButton commentId={comment.id} resolved={resolved} /> : null}
            </div>
          </li>
        );
      })}
      {review ? (
        <li
          data-testid="review-decision"
          className={cn(
            "rounded-md border p-3",
            review.decision === "APPROVED" ? "border-green-200 bg-green-50" : "border-amber-200 bg-amber-50",
          )}
        >
          <p className="mb-1 flex flex-wrap items-center gap-2 text-sm">
            <span className="font-semibold text-slate-900">
              {review.decision === "APPROVED" ? "Approved" : "Changes requested"}
            </span>
            <span className="text-slate-700">by {who(review.reviewer, learnerId).name}</span>
            <time dateTime={review.createdAt.toISOString()} className="text-slate-600">
              {formatInstant(review.createdAt, timeZone)}
            </time>
          </p>
          {review.summary ? <Markdown>{review.summary}</Markdown> : null}
          <div className="mt-3">
            <RubricScores scores={review.scores} />
          </div>
        </li>
      ) : null}
    </ol>
  );
}
