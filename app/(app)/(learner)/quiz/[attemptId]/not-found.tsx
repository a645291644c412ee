import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/** Also what another learner's attempt id shows: whether it exists is not revealed. */
export default function AttemptNotFound() {
  return (
    <div className="py-8">
      <EmptyState
        headingLevel="h1"
        title="That quiz attempt was not found"
        description="The link may be wrong, or the attempt may belong to another account."
        action={<ButtonLink href="/quiz">Go to your quiz attempts</ButtonLink>}
      />
    </div>
  );
}
