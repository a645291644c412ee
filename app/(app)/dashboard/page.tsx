import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TimeZoneNote } from "@/components/account/time-zone-note";
import { ChangesSinceNote } from "@/components/guides/changes-since-note";
import { LearnerDashboard } from "@/components/dashboard/learner-dashboard";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { homePathFor } from "@/lib/auth/navigation";
import { requireLearnerAccessOrForbidden, requireUserOrRedirect } from "@/lib/auth/page-guards";
import { learnerCurriculumChanges } from "@/lib/guides/changes";
import { getLearnerProgress } from "@/lib/dashboard/queries";
import { todayInTimeZone } from "@/lib/progress/calendar";

export const metadata: Metadata = { title: "Dashboard" };

/** The signed-in learner's own dashboard; mentors and admins land on their own home instead. */
export default async function DashboardPage() {
  const user = await requireUserOrRedirect("/dashboard");
  if (user.role !== "LEARNER") redirect(homePathFor(user.role));
  await requireLearnerAccessOrForbidden(user.id);
  const [progress, changes] = await Promise.all([
    getLearnerProgress(user.id, { today: todayInTimeZone(new Date(), user.timeZone), timeZone: user.timeZone }),
    learnerCurriculumChanges(user.id),
  ]);
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
      <LearnerDashboard progress={progress} />
    </>
  );
}
