import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReviewView } from "@/components/reviews/review-view";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getSubmissionReview } from "@/lib/reviews/queries";

export const metadata: Metadata = { title: "Review" };

/**
 * One submission under review. Mentors and admins only; the query itself limits a mentor to
 * their own mentees, so another learner's submission id is simply not found.
 */
export default async function ReviewPage({ params }: { params: Promise<{ submissionId: string }> }) {
  const { submissionId } = await params;
  const user = await requireRoleOrForbidden(["MENTOR", "ADMIN"], `/mentor/reviews/${encodeURIComponent(submissionId)}`);
  const review = await getSubmissionReview(user, submissionId);
  if (!review) notFound();
  return <ReviewView review={review} viewer={user} now={new Date()} />;
}
