import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LearnerDashboard } from "@/components/dashboard/learner-dashboard";
import { PageHeader } from "@/components/ui/page-header";
import { requireLearnerAccessOrForbidden, requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getLearnerProgress } from "@/lib/dashboard/queries";
import { getMentee } from "@/lib/mentor/queries";
import { todayInTimeZone } from "@/lib/progress/calendar";

export const metadata: Metadata = { title: "Mentee" };

/** A mentee's dashboard exactly as they see it, read-only. Their assigned mentors and admins. */
export default async function MenteePage({ params }: { params: Promise<{ learnerId: string }> }) {
  const { learnerId } = await params;
  await requireRoleOrForbidden(["MENTOR", "ADMIN"], `/mentor/mentees/${learnerId}`);
  const viewer = await requireLearnerAccessOrForbidden(learnerId);
  const learner = await getMentee(viewer, learnerId);
  if (!learner) notFound();
  const progress = await getLearnerProgress(learnerId, {
    today: todayInTimeZone(new Date(), learner.timeZone),
    timeZone: learner.timeZone,
  });
  return (
    <>
      <PageHeader
        eyebrow="Mentee"
        title={learner.name ?? learner.email}
        description="Read-only: the dashboard as your mentee sees it."
      />
      <LearnerDashboard progress={progress} readOnly />
    </>
  );
}
