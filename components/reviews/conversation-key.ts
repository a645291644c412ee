type ConversationState = {
  review?: { createdAt: Date } | null;
  comments: ReadonlyArray<{ resolvedAt: Date | null }>;
};

/**
 * A key for a version's comment form that changes when something other than a new comment
 * happens to the version: a decision (changes requested, approved) or a comment resolved or
 * reopened. Keyed on it, the form starts afresh then, so its "Comment added." does not linger
 * beside the newer outcome; adding a comment leaves the key alone, so that message stays.
 */
export function commentFormKey({ review, comments }: ConversationState): string {
  const resolved = comments.filter((comment) => comment.resolvedAt !== null).length;
  return `${review ? review.createdAt.getTime() : "open"}:${resolved}`;
}
