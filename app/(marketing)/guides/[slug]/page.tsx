import type { Metadata } from "next";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { GuideOverview } from "@/components/guides/guide-overview";
import { InlineAction } from "@/components/ui/inline-action";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/session";
import { enrollInGuideAction, switchGuideAction } from "@/lib/enrolments/actions";
import { getGuideOverview, listLearnerGuides } from "@/lib/guides/queries";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await getGuideOverview((await params).slug, { publishedOnly: true });
  return { title: guide?.title ?? "Guide" };
}

/**
 * A published guide's overview, with its call to action: a guest signs up, a learner enrols
 * (which makes it their active guide) or, already enrolled, opens the dashboard or makes it active.
 */
export default async function CatalogueGuidePage({ params }: Props) {
  await connection();
  const { slug } = await params;
  const [guide, user] = await Promise.all([getGuideOverview(slug, { publishedOnly: true }), getCurrentUser()]);
  if (!guide) notFound();
  const mine = user?.role === "LEARNER" ? await listLearnerGuides(user.id) : [];
  const enrolment = mine.find((g) => g.guideId === guide.id);
  return (
    <GuideOverview
      guide={guide}
      actions={
        !user ? (
          <>
            <ButtonLink href="/sign-up">Start tracking</ButtonLink>
            <ButtonLink href="/sign-in" variant="secondary">
              Sign in
            </ButtonLink>
          </>
        ) : user.role !== "LEARNER" ? (
          <ButtonLink href="/guides" variant="secondary">
            All guides
          </ButtonLink>
        ) : enrolment ? (
          <>
            <Badge tone={enrolment.active ? "brand" : "neutral"}>
              {enrolment.active ? "Your active guide" : "Enrolled"}
            </Badge>
            {enrolment.active ? (
              <ButtonLink href="/dashboard">Open your dashboard</ButtonLink>
            ) : (
              <InlineAction
                action={switchGuideAction}
                fields={{ guideId: guide.id }}
                label="Make it my active guide"
                pendingLabel="Switching…"
                variant="primary"
              />
            )}
          </>
        ) : (
          <InlineAction
            action={enrollInGuideAction}
            fields={{ guideId: guide.id }}
            label="Enrol in this guide"
            pendingLabel="Enrolling…"
            variant="primary"
          />
        )
      }
    />
  );
}
