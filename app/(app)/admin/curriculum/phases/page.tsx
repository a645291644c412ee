import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CurriculumForm } from "@/components/curriculum/curriculum-form";
import { AddCard, ArchivedSection, EditableItem, EditorHeader } from "@/components/curriculum/editor-parts";
import { phaseFields } from "@/components/curriculum/fields";
import { ReorderList } from "@/components/curriculum/reorder-list";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { upsertPhaseAction } from "@/lib/curriculum/actions";
import { getEditorGuide, listPhases } from "@/lib/curriculum/queries";

export const metadata: Metadata = { title: "Phases · Curriculum" };

export default async function PhasesEditorPage() {
  await requireRoleOrForbidden(["ADMIN"], "/admin/curriculum/phases");
  const guide = await getEditorGuide();
  if (!guide) notFound();
  const phases = await listPhases(guide.id);
  const active = phases.filter((p) => !p.archivedAt);
  const archived = phases.filter((p) => p.archivedAt);
  const totalHours = active.reduce((sum, p) => sum + p.estimatedHours, 0);

  return (
    <>
      <EditorHeader
        title="Phases"
        guideTitle={guide.title}
        description={
          <>
            The path is <strong data-testid="path-total-hours">{totalHours} h</strong> long: the sum of its active
            phases&apos; estimates. Open a phase to edit its topics, actions and deliverables.
          </>
        }
      />
      <div className="flex flex-col gap-8">
        {active.length === 0 ? (
          <EmptyState title="No phases yet" description="Add the first phase of the path below." />
        ) : (
          <ReorderList
            entity="phase"
            items={active.map((phase, index) => ({
              id: phase.id,
              label: phase.title,
              content: (
                <EditableItem
                  title={
                    <Link href={`/admin/curriculum/phases/${phase.id}`} className="rounded hover:underline">
                      Phase {index + 1} · {phase.title}
                    </Link>
                  }
                  meta={
                    <>
                      <Badge tone="brand" data-testid="phase-hours">
                        {phase.estimatedHours} h
                      </Badge>
                      <span>{phase.itemCount} topics, actions and deliverables</span>
                      <Link
                        href={`/admin/curriculum/phases/${phase.id}`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        Open phase
                      </Link>
                    </>
                  }
                  edit={
                    <CurriculumForm
                      action={upsertPhaseAction}
                      hidden={{ id: phase.id, guideId: guide.id }}
                      fields={phaseFields(phase)}
                      submitLabel="Save phase"
                    />
                  }
                  removal={{ entity: "phase", id: phase.id, label: phase.title, kind: phase.removal }}
                />
              ),
            }))}
          />
        )}
        <ArchivedSection
          entity="phase"
          noun="phases"
          items={archived.map((p) => ({
            id: p.id,
            label: p.title,
            meta: `${p.estimatedHours} h, not counted in the path`,
          }))}
        />
        <AddCard title="Add a phase" description="It joins the end of the path; move it up to place it.">
          <CurriculumForm
            action={upsertPhaseAction}
            hidden={{ guideId: guide.id }}
            fields={phaseFields()}
            submitLabel="Add phase"
            resetOnSuccess
          />
        </AddCard>
      </div>
    </>
  );
}
