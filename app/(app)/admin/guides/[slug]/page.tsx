import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GuideStatusCard } from "@/components/guides/guide-status-card";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getAdminGuide } from "@/lib/guide-lifecycle/queries";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Guide · Admin" };

/** One guide's life: its status, learners, what publishing still needs, and the curriculum editor's link. */
export default async function AdminGuidePage({ params }: Props) {
  const { slug } = await params;
  const admin = await requireRoleOrForbidden(["ADMIN"], `/admin/guides/${slug}`);
  const guide = await getAdminGuide(slug);
  if (!guide) notFound();
  return (
    <>
      <BackLink href="/admin/guides">Guides</BackLink>
      <PageHeader
        eyebrow={`${guide.category} · /guides/${guide.slug}`}
        title={guide.title}
        description={guide.tagline}
      />
      <GuideStatusCard guide={guide} timeZone={admin.timeZone} />
    </>
  );
}
