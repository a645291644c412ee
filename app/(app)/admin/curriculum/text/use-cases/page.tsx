import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CurriculumForm } from "@/components/curriculum/curriculum-form";
import { AddCard, ArchivedSection, EditableItem, EditorHeader } from "@/components/curriculum/editor-parts";
import { fieldsForUseCase } from "@/components/curriculum/fields";
import { ReorderList } from "@/components/curriculum/reorder-list";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { upsertUseCaseAction } from "@/lib/curriculum/actions";
import { DIFFICULTY_LABELS } from "@/lib/curriculum/schema";
import { getEditorGuide, listUseCases } from "@/lib/curriculum/queries";

export const metadata: Metadata = { title: "Use cases · Curriculum" };

export default async function UseCasesEditorPage() {
  await requireRoleOrForbidden(["ADMIN"], "/admin/curriculum/text/use-cases");
  const guide = await getEditorGuide();
  if (!guide) notFound();
  const useCases = await listUseCases(guide.id);
  const active = useCases.filter((u) => !u.archivedAt);
  const archived = useCases.filter((u) => u.archivedAt);
  return (
    <>
      <EditorHeader
        title="Use cases"
        guideTitle={guide.title}
        back={{ href: "/admin/curriculum/text", label: "Text sections" }}
      />
      <div className="flex flex-col gap-8">
        {active.length === 0 ? (
          <EmptyState title="No use cases yet" />
        ) : (
          <ReorderList
            entity="useCase"
            items={active.map((u) => ({
              id: u.id,
              label: u.title,
              content: (
                <EditableItem
                  title={u.title}
                  meta={<Badge>{DIFFICULTY_LABELS[u.difficulty]}</Badge>}
                  edit={
                    <CurriculumForm
                      action={upsertUseCaseAction}
                      hidden={{ id: u.id, guideId: guide.id }}
                      fields={fieldsForUseCase(u)}
                      submitLabel="Save"
                    />
                  }
                  removal={{ entity: "useCase", id: u.id, label: u.title, kind: u.removal }}
                />
              ),
            }))}
          />
        )}
        <ArchivedSection
          entity="useCase"
          noun="use cases"
          items={archived.map((u) => ({ id: u.id, label: u.title }))}
        />
        <AddCard title="Add a use case">
          <CurriculumForm
            action={upsertUseCaseAction}
            hidden={{ guideId: guide.id }}
            fields={fieldsForUseCase()}
            submitLabel="Add use case"
            resetOnSuccess
          />
        </AddCard>
      </div>
    </>
  );
}
