import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PhaseEditor } from "@/components/curriculum/phase-editor";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getEditorGuide, getPhaseEditor } from "@/lib/curriculum/queries";
import { guideParamSchema, type GuideParams } from "@/lib/guide-lifecycle/schema";

export const metadata: Metadata = { title: "Phase · Curriculum" };

type Props = { params: Promise<{ phaseId: string }>; searchParams: Promise<GuideParams> };

export default async function PhaseEditorPage({ params, searchParams }: Props) {
  const { phaseId } = await params;
  await requireRoleOrForbidden(["ADMIN"], `/admin/curriculum/phases/${phaseId}`);
  const { guide: slug } = guideParamSchema.parse(await searchParams);
  const [guide, phase] = await Promise.all([getEditorGuide(slug), getPhaseEditor(phaseId)]);
  if (!guide || !phase || phase.guideId !== guide.id) notFound();
  return <PhaseEditor guide={guide} phase={phase} />;
}
