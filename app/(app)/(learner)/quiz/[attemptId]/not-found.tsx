import { NotFoundState } from "@/components/ui/not-found-state";

/** Also what another learner's attempt id shows: whether it exists is not revealed. */
export default function AttemptNotFound() {
  return (
    <NotFoundState
      title="That quiz attempt was not found"
      description="The link may be wrong, or the attempt may belong to another account."
      href="/quiz"
      linkLabel="Go to your quiz attempts"
    />
  );
}
