import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LearnerDashboard } from "@/components/dashboard/learner-dashboard";
import { MenteeQuizHistoryCard } from "@/components/quiz/mentee-quiz-history";
import { PageHeader } from "@/components/ui/page-header";
import { requireLearnerAccessOrForbidden, requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getLearnerProgress } from "@/lib/dashboard/queries";
import { GuideFilterForm } from "@/components/guides/guide-filter-form";
import { guideParamSchema } from "@/lib/guide-lifecycle/schema";
import { enrollmentOn } from "@/lib/guides/enrollment";
import { getMentee, listMenteeGuides } from "@/lib/mentor/queries";
import { todayInTimeZone } from "@/lib/progress/calendar";
import { getMenteeQuizHistory, quizPageSchema } from "@/lib/quiz/staff";

export const metadata: Metadata = { title: "Mentee" };

/** A mentee's dashboard exactly as they see it, read-only. Their assigned mentors and admins. */
export default async function MenteePage({
  params,
  searchParams,
}: {
  params: Promise<{ learnerId: string }>;
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { learnerId } = await params;
  const query = (await searchParams) ?? {};
  const { quizPage } = quizPageSchema.parse(query);
  await requireRoleOrForbidden(["MENTOR", "ADMIN"], `/mentor/mentees/${learnerId}`);
  const viewer = await requireLearnerAccessOrForbidden(learnerId);
  const learner = await getMentee(viewer, learnerId);
  if (!learner) notFound();
  // Per enrolled guide: `?guide=` picks one of the mentee's guides, their active one by default.
  const { guide: slug } = guideParamSchema.parse(query);
  const guides = await listMenteeGuides(viewer, learnerId);
  const chosen = guides.find((g) => g.slug === slug);
  const enrollment = chosen ? await enrollmentOn(learnerId, chosen.id) : null;
  const [progress, quizHistory] = await Promise.all([
    getLearnerProgress(learnerId, {
      today: todayInTimeZone(new Date(), learner.timeZone),
      timeZone: learner.timeZone,
      ...(enrollment ? { enrollment } : {}),
    }),
    getMenteeQuizHistory(learnerId, quizPage),
  ]);
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
      <MenteeQuizHistoryCard learnerId={learnerId} history={quizHistory} timeZone={viewer.timeZone} />
    </>
  );
}
