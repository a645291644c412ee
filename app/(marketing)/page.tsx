import { connection } from "next/server";
import { notFound } from "next/navigation";
import { GuideOverview } from "@/components/guides/guide-overview";
import { ButtonLink } from "@/components/ui/button";
import { getGuideOverview } from "@/lib/guides/queries";

/** The home page: the default guide's overview, and a way into the catalogue of every guide. */
export default async function GuideOverviewPage() {
  await connection(); // read the curriculum at request time: admins edit it
  const guide = await getGuideOverview();
  if (!guide) notFound();
  return (
    <GuideOverview
      guide={guide}
      actions={
        <>
          <ButtonLink href="/sign-up">Start tracking</ButtonLink>
          <ButtonLink href="/sign-in" variant="secondary">
            Sign in
          </ButtonLink>
          <ButtonLink href="/guides" variant="ghost">
            All guides
          </ButtonLink>
        </>
      }
    />
  );
}
