import type { Metadata } from "next";
import { MenteeList } from "@/components/mentor/mentee-list";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { GuideFilterForm } from "@/components/guides/guide-filter-form";
import { guideParamSchema, type GuideParams } from "@/lib/guide-lifecycle/schema";
import { getMenteeSummaries, listMenteeGuides } from "@/lib/mentor/queries";
import { todayInTimeZone } from "@/lib/progress/calendar";

export const metadata: Metadata = { title: "Mentees" };

/** The mentor's home: assigned mentees and their standing. Mentors and admins only. */
// searchParams is optional: tests render the page as a plain function, with no filter.
export default async function MentorPage({ searchParams }: { searchParams?: Promise<GuideParams> } = {}) {
  const user = await requireRoleOrForbidden(["MENTOR", "ADMIN"], "/mentor");
  const { guide: slug } = guideParamSchema.parse((await searchParams) ?? {});
  const guides = await listMenteeGuides(user);
  const guide = guides.find((g) => g.slug === slug);
  const mentees = await getMenteeSummaries(user, todayInTimeZone(new Date(), user.timeZone), {
    guideId: guide?.id ?? null,
  });
  return (
    <>
      <PageHeader
        title="Mentees"
        description="Learners assigned to you: hours against the path, level, pace and work waiting on you."
        actions={<ButtonLink href="/mentor/reviews">Review queue</ButtonLink>}
      />
      {guides.length > 1 ? (
        <GuideFilterForm
          action="/mentor"
          guides={guides}
          current={guide?.slug}
          label="Guide"
          anyLabel="Each mentee's active guide"
        />
      ) : null}
      <MenteeList mentees={mentees} viewerRole={user.role} />
    </>
  );
}
