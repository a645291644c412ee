import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SubSkillDetail } from "@/components/sub-skills/sub-skill-detail";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getSubSkillForLearner } from "@/lib/sub-skills/queries";

type Props = { params: Promise<{ subSkillKey: string }> };

// Metadata and the page share one load per request.
const loadSubSkill = cache(async (key: string) => {
  const user = await requireRoleOrForbidden(["LEARNER"], `/sub-skills/${encodeURIComponent(key)}`);
  return getSubSkillForLearner(user.id, key);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const subSkill = await loadSubSkill((await params).subSkillKey);
  return { title: subSkill ? subSkill.name : "Sub-skill not found" };
}

export default async function SubSkillPage({ params }: Props) {
  const subSkill = await loadSubSkill((await params).subSkillKey);
  if (!subSkill) notFound();
  return (
    <>
      <BackLink href="/dashboard">Dashboard</BackLink>
      <PageHeader
        eyebrow={subSkill.archived ? "Archived sub-skill" : `Sub-skill · ${subSkill.weightPercent}% of the path`}
        title={subSkill.name}
        description={subSkill.description}
      />
      <SubSkillDetail subSkill={subSkill} />
    </>
  );
}
