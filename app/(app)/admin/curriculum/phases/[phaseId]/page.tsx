import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CurriculumForm } from "@/components/curriculum/curriculum-form";
import { EditorHeader } from "@/components/curriculum/editor-parts";
import { phaseFields } from "@/components/curriculum/fields";
import { ChecklistSection, DeliverablesSection } from "@/components/curriculum/phase-sections";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { upsertPhaseAction } from "@/lib/curriculum/actions";
import { getEditorGuide, getPhaseEditor } from "@/lib/curriculum/queries";

export const metadata: Metadata = { title: "Phase · Curriculum" };

export default async function PhaseEditorPage({ params }: { params: Promise<{ phaseId: string }> }) {
  const { phaseId } = await params;
  await requireRoleOrForbidden(["ADMIN"], `/admin/curriculum/phases/${phaseId}`);
  const [guide, phase] = await Promise.all([getEditorGuide(), getPhaseEditor(phaseId)]);
  if (!guide || !phase || phase.guideId !== guide.id) notFound();

  return (
    <>
      <EditorHeader
        title={phase.archivedAt ? phase.title : `Phase ${phase.position + 1} · ${phase.title}`}
        guideTitle={guide.title}
        back={{ href: "/admin/curriculum/phases", label: "Phases" }}
        description={phase.archivedAt ? <Badge tone="warning">Archived: not part of the path</Badge> : phase.summary}
      />
      <div className="flex flex-col gap-10">
        <Card>
          <CardHeader>
            <CardTitle as="h2">Phase details</CardTitle>
          </CardHeader>
          <CurriculumForm
            action={upsertPhaseAction}
            hidden={{ id: phase.id, guideId: guide.id }}
            fields={phaseFields(phase)}
            submitLabel="Save phase"
          />
        </Card>
        <ChecklistSection phase={phase} kind="TOPIC" />
        <ChecklistSection phase={phase} kind="ACTION" />
        <DeliverablesSection phase={phase} />
      </div>
    </>
  );
}
