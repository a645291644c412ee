import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** Also what a mentor sees for a learner who is not theirs: whether it exists is not revealed. */
export default function ReviewNotFound() {
  return (
    <div className="py-8">
      <EmptyState
        headingLevel="h1"
        title="That submission was not found"
        description="The link may be wrong, or the learner may not be one of your mentees."
        action={<ButtonLink href="/mentor/reviews">Go to the review queue</ButtonLink>}
      />
    </div>
  );
}
