import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CurriculumForm } from "@/components/curriculum/curriculum-form";
import { AddCard, ArchivedSection, EditableItem, EditorHeader } from "@/components/curriculum/editor-parts";
import { redFlagFields, subSkillOptions } from "@/components/curriculum/fields";
import { ReorderList } from "@/components/curriculum/reorder-list";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { upsertRedFlagAction } from "@/lib/curriculum/actions";
import { getEditorGuide, listRedFlags, subSkillChoices } from "@/lib/curriculum/queries";

export const metadata: Metadata = { title: "Red flags · Curriculum" };

export default async function RedFlagsEditorPage() {
  await requireRoleOrForbidden(["ADMIN"], "/admin/curriculum/text/red-flags");
  const guide = await getEditorGuide();
  if (!guide) notFound();
  const [flags, subSkills] = await Promise.all([listRedFlags(guide.id), subSkillChoices(guide.id)]);
  const active = flags.filter((f) => !f.archivedAt);
  const archived = flags.filter((f) => f.archivedAt);
  return (
    <>
      <EditorHeader
        title="Red flags"
        guideTitle={guide.title}
        back={{ href: "/admin/curriculum/text", label: "Text sections" }}
        description="A red flag shows on a learner's dashboard while its sub-skill has no approved work."
      />
      <div className="flex flex-col gap-8">
        {active.length === 0 ? (
          <EmptyState title="No red flags yet" />
        ) : (
          <ReorderList
            entity="redFlag"
            items={active.map((f) => ({
              id: f.id,
              label: f.text,
              content: (
                <EditableItem
                  title={f.text}
                  meta={<Badge tone="brand">{f.subSkill.name}</Badge>}
                  edit={
                    <CurriculumForm
                      action={upsertRedFlagAction}
                      hidden={{ id: f.id, guideId: guide.id }}
                      fields={redFlagFields(subSkillOptions(subSkills, [f.subSkillId]), f)}
                      submitLabel="Save"
                    />
                  }
                  removal={{ entity: "redFlag", id: f.id, label: f.text, kind: f.removal }}
                />
              ),
            }))}
          />
        )}
        <ArchivedSection entity="redFlag" noun="red flags" items={archived.map((f) => ({ id: f.id, label: f.text }))} />
        <AddCard title="Add a red flag">
          <CurriculumForm
            action={upsertRedFlagAction}
            hidden={{ guideId: guide.id }}
            fields={redFlagFields(subSkillOptions(subSkills))}
            submitLabel="Add red flag"
            resetOnSuccess
          />
        </AddCard>
      </div>
    </>
  );
}
