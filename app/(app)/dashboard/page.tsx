import type { Metadata } from "next";
import { TimeZoneNote } from "@/components/account/time-zone-note";
import { ChangesSinceNote } from "@/components/guides/changes-since-note";
import { LearningHelp } from "@/components/guides/guide-help";
import { LearnerDashboard } from "@/components/dashboard/learner-dashboard";
import { ReviewersNote } from "@/components/mentor/reviewers-note";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireLearnerAccessOrForbidden, requireLearnerOrRedirectHome } from "@/lib/auth/page-guards";
import { learnerGuideHelp } from "@/lib/guides/sections";
import { cachedCurriculumChanges, cachedLearnerProgress, dashboardKey } from "@/lib/dashboard/cache";
import { cachedLearnerReviewers } from "@/lib/mentor/reviewers-cache";
import { todayInTimeZone } from "@/lib/progress/calendar";

export const metadata: Metadata = { title: "Dashboard" };

/** The signed-in learner's own dashboard; mentors and admins land on their own home instead. */
export default async function DashboardPage() {
  const user = await requireLearnerOrRedirectHome("/dashboard");
  await requireLearnerAccessOrForbidden(user.id);
  const today = todayInTimeZone(new Date(), user.timeZone);
  // One statement reads the enrollment and the versions the cached parts are keyed by
  // (lib/dashboard/cache.ts); while nobody wrote, the progress and the changes note cost nothing more.
  // The reviewers note's costly part, the turnaround medians, is cached under the same key;
  // who the reviewers are is read alongside it.
  const key = dashboardKey(user.id);
  const [{ progress, changes }, reviewers] = await Promise.all([
    key.then(async (key) => {
      const [progress, changes] = await Promise.all([
        cachedLearnerProgress(user.id, key, { today, timeZone: user.timeZone }),
        cachedCurriculumChanges(key),
      ]);
      return { progress, changes };
    }),
    cachedLearnerReviewers(user.id, key),
  ]);
  // Only a new learner is shown the guide's tips and FAQ: nobody else pays for reading them.
  const help = progress.isNew ? await learnerGuideHelp(user.id, ["LEARNING_TIP"], { faqs: true }) : null;
  return (
    <>
      <PageHeader
        title={`Welcome, ${user.name ?? user.email}`}
        description={
          <>
            <p>Where you stand on your learning path, and what comes next.</p>
            <TimeZoneNote timeZone={user.timeZone} />
          </>
        }
        actions={progress.isNew ? undefined : <ButtonLink href="/hours">Log hours</ButtonLink>}
      />
      <ChangesSinceNote changes={changes} className="mb-6" />
      <ReviewersNote reviewers={reviewers} className="mb-6" />
      {/* Where a learner starts: the guide's learning tips and FAQ, open for a new learner. The
          phase pages carry them too, folded. */}
      {help ? (
        <section aria-labelledby="getting-started-heading" className="mb-6 flex flex-col gap-3">
          <h2 id="getting-started-heading" className="text-lg font-semibold text-slate-900">
            Getting started
          </h2>
          <LearningHelp tips={help.texts.LEARNING_TIP} faqs={help.faqs} open />
        </section>
      ) : null}
      <LearnerDashboard progress={progress} />
    </>
  );
}
