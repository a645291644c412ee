import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CurriculumForm } from "@/components/curriculum/curriculum-form";
import { AddCard, ArchivedSection, EditableItem, EditorHeader } from "@/components/curriculum/editor-parts";
import { selfCheckFields, subSkillOptions } from "@/components/curriculum/fields";
import { ReorderList } from "@/components/curriculum/reorder-list";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { upsertSelfCheckAction } from "@/lib/curriculum/actions";
import { getEditorGuide, listSelfChecks, subSkillChoices } from "@/lib/curriculum/queries";

export const metadata: Metadata = { title: "Self-check questions · Curriculum" };

export default async function SelfChecksEditorPage() {
  await requireRoleOrForbidden(["ADMIN"], "/admin/curriculum/self-checks");
  const guide = await getEditorGuide();
  if (!guide) notFound();
  const [questions, subSkills] = await Promise.all([listSelfChecks(guide.id), subSkillChoices(guide.id)]);
  const active = questions.filter((q) => !q.archivedAt);
  const archived = questions.filter((q) => q.archivedAt);

  return (
    <>
      <EditorHeader
        title="Self-check questions"
        guideTitle={guide.title}
        description="Learners rate their confidence from 1 to 5 on each; the rating is shown beside the evidence for its sub-skill."
      />
      <div className="flex flex-col gap-8">
        {active.length === 0 ? (
          <EmptyState title="No self-check questions yet" />
        ) : (
          <ReorderList
            entity="selfCheck"
            items={active.map((q) => ({
              id: q.id,
              label: q.prompt,
              content: (
                <EditableItem
                  title={q.prompt}
                  meta={<Badge tone="brand">{q.subSkill.name}</Badge>}
                  edit={
                    <CurriculumForm
                      action={upsertSelfCheckAction}
                      hidden={{ id: q.id, guideId: guide.id }}
                      fields={selfCheckFields(subSkillOptions(subSkills, [q.subSkillId]), q)}
                      submitLabel="Save question"
                    />
                  }
                  removal={{ entity: "selfCheck", id: q.id, label: q.prompt, kind: q.removal }}
                />
              ),
            }))}
          />
        )}
        <ArchivedSection
          entity="selfCheck"
          noun="questions"
          items={archived.map((q) => ({ id: q.id, label: q.prompt, meta: q.subSkill.name }))}
        />
        <AddCard title="Add a self-check question">
          <CurriculumForm
            action={upsertSelfCheckAction}
            hidden={{ guideId: guide.id }}
            fields={selfCheckFields(subSkillOptions(subSkills))}
            submitLabel="Add question"
            resetOnSuccess
          />
        </AddCard>
      </div>
    </>
  );
}
