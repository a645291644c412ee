import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReviewView } from "@/components/reviews/review-view";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getSubmissionReview, getVersionComparison } from "@/lib/reviews/queries";
import { rubricFor } from "@/lib/rubrics/queries";

export const metadata: Metadata = { title: "Review" };

/**
 * One submission under review. Mentors and admins only; the query itself limits a mentor to
 * their own mentees, so another learner's submission id is simply not found.
 */
export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ submissionId: string }>;
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { submissionId } = await params;
  const query = (await searchParams) ?? {};
  const user = await requireRoleOrForbidden(["MENTOR", "ADMIN"], `/mentor/reviews/${encodeURIComponent(submissionId)}`);
  const [review, comparison] = await Promise.all([
    getSubmissionReview(user, submissionId),
    getVersionComparison(user, submissionId, query.from, query.to),
  ]);
  if (!review) notFound();
  // Read after the authorized read above found the submission: the rubric is curriculum, not the learner's.
  // A deliverable's own criteria, or (a portfolio project) its guide's project criteria.
  const { work } = review;
  const rubric = work.guideId ? await rubricFor(work.kind === "deliverable" ? work.id : null, work.guideId) : [];
  return <ReviewView review={review} viewer={user} now={new Date()} comparison={comparison} rubric={rubric} />;
}
