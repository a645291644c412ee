import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LearnerDashboard } from "@/components/dashboard/learner-dashboard";
import { PageHeader } from "@/components/ui/page-header";
import { requireLearnerAccessOrForbidden, requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getLearnerProgress } from "@/lib/dashboard/queries";
import { GuideFilterForm } from "@/components/guides/guide-filter-form";
import { guideParamSchema, type GuideParams } from "@/lib/guide-lifecycle/schema";
import { enrollmentOn } from "@/lib/guides/enrollment";
import { getMentee, listMenteeGuides } from "@/lib/mentor/queries";
import { todayInTimeZone } from "@/lib/progress/calendar";

export const metadata: Metadata = { title: "Mentee" };

/** A mentee's dashboard exactly as they see it, read-only. Their assigned mentors and admins. */
type Props = { params: Promise<{ learnerId: string }>; searchParams: Promise<GuideParams> };

export default async function MenteePage({ params, searchParams }: Props) {
  const { learnerId } = await params;
  await requireRoleOrForbidden(["MENTOR", "ADMIN"], `/mentor/mentees/${learnerId}`);
  const viewer = await requireLearnerAccessOrForbidden(learnerId);
  const learner = await getMentee(viewer, learnerId);
  if (!learner) notFound();
  // Per enrolled guide: `?guide=` picks one of the mentee's guides, their active one by default.
  const { guide: slug } = guideParamSchema.parse(await searchParams);
  const guides = await listMenteeGuides(viewer, learnerId);
  const chosen = guides.find((g) => g.slug === slug);
  const enrollment = chosen ? await enrollmentOn(learnerId, chosen.id) : null;
  const progress = await getLearnerProgress(learnerId, {
    today: todayInTimeZone(new Date(), learner.timeZone),
    timeZone: learner.timeZone,
    ...(enrollment ? { enrollment } : {}),
  });
  return (
    <>
      <PageHeader
        eyebrow="Mentee"
        title={learner.name ?? learner.email}
        description="Read-only: the dashboard as your mentee sees it."
      />
      {guides.length > 1 ? (
        <GuideFilterForm
          action={`/mentor/mentees/${learnerId}`}
          guides={guides}
          current={chosen?.slug}
          label="Guide"
          anyLabel="Their active guide"
        />
      ) : null}
      <LearnerDashboard progress={progress} readOnly />
    </>
  );
}
