import { NotFoundState } from "@/components/ui/not-found-state";

/** Also what a mentor sees for a learner who is not theirs: whether it exists is not revealed. */
export default function ReviewNotFound() {
  return (
    <NotFoundState
      title="That submission was not found"
      description="The link may be wrong, or the learner may not be one of your mentees."
      href="/mentor/reviews"
      linkLabel="Go to the review queue"
    />
  );
}
