import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PhaseEditor } from "@/components/curriculum/phase-editor";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getEditorGuide, getPhaseEditor } from "@/lib/curriculum/queries";

export const metadata: Metadata = { title: "Phase · Curriculum" };

export default async function PhaseEditorPage({ params }: { params: Promise<{ phaseId: string }> }) {
  const { phaseId } = await params;
  await requireRoleOrForbidden(["ADMIN"], `/admin/curriculum/phases/${phaseId}`);
  const [guide, phase] = await Promise.all([getEditorGuide(), getPhaseEditor(phaseId)]);
  if (!guide || !phase || phase.guideId !== guide.id) notFound();
  return <PhaseEditor guide={guide} phase={phase} />;
}
