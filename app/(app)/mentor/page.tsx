import type { Metadata } from "next";
import { MenteeList } from "@/components/mentor/mentee-list";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getMenteeSummaries } from "@/lib/mentor/queries";
import { todayInTimeZone } from "@/lib/progress/calendar";

export const metadata: Metadata = { title: "Mentees" };

/** The mentor's home: assigned mentees and their standing. Mentors and admins only. */
export default async function MentorPage() {
  const user = await requireRoleOrForbidden(["MENTOR", "ADMIN"], "/mentor");
  const mentees = await getMenteeSummaries(user, todayInTimeZone(new Date(), user.timeZone));
  return (
    <>
      <PageHeader
        title="Mentees"
        description="Learners assigned to you: hours against the path, level, pace and work waiting on you."
        actions={<ButtonLink href="/mentor/reviews">Review queue</ButtonLink>}
      />
      <MenteeList mentees={mentees} viewerRole={user.role} />
    </>
  );
}
