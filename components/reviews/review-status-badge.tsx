import { Badge, type BadgeTone } from "@/components/ui/badge";
import { SUBMISSION_STATUS_LABELS, type DeliverableState } from "@/lib/deliverables/rules";

const TONES: Record<DeliverableState, BadgeTone> = {
  NOT_STARTED: "neutral",
  DRAFT: "neutral",
  SUBMITTED: "accent",
  CHANGES_REQUESTED: "warning",
  APPROVED: "success",
};

/** A deliverable's state for the learner; the text carries the meaning, colour only helps. */
export function SubmissionStatusBadge({ status, className }: { status: DeliverableState; className?: string }) {
  return (
    <Badge tone={TONES[status]} className={className} data-testid="submission-status">
      {SUBMISSION_STATUS_LABELS[status]}
    </Badge>
  );
}
