import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CurriculumForm } from "@/components/curriculum/curriculum-form";
import {
  AddCard,
  ArchivedSection,
  EditableItem,
  EditorHeader,
  SectionHeading,
} from "@/components/curriculum/editor-parts";
import { subSkillFields } from "@/components/curriculum/fields";
import { ReorderList } from "@/components/curriculum/reorder-list";
import { WeightsForm } from "@/components/curriculum/weights-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { upsertSubSkillAction } from "@/lib/curriculum/actions";
import { getEditorGuide, listSubSkills } from "@/lib/curriculum/queries";

export const metadata: Metadata = { title: "Sub-skills & weights · Curriculum" };

export default async function SubSkillsEditorPage() {
  await requireRoleOrForbidden(["ADMIN"], "/admin/curriculum/sub-skills");
  const guide = await getEditorGuide();
  if (!guide) notFound();
  const subSkills = await listSubSkills(guide.id);
  const active = subSkills.filter((s) => !s.archivedAt);
  const archived = subSkills.filter((s) => s.archivedAt);

  return (
    <>
      <EditorHeader
        title="Sub-skills & weights"
        guideTitle={guide.title}
        description="Each sub-skill's weight is its share of the path's hours and of the overall proficiency score."
      />
      <div className="flex flex-col gap-10">
        {active.length > 0 ? (
          <Card>
            <CardHeader>
              <CardTitle as="h2">Weights</CardTitle>
              <CardDescription>
                Edit them together: they must add up to exactly 100 before they can be saved.
              </CardDescription>
            </CardHeader>
            <WeightsForm guideId={guide.id} subSkills={active} />
          </Card>
        ) : null}
        <section aria-labelledby="sub-skills-heading" className="flex flex-col gap-4">
          <SectionHeading
            id="sub-skills-heading"
            description="A new sub-skill starts at weight 0; give it weight above. Set a weight to 0 before archiving."
          >
            Sub-skills ({active.length})
          </SectionHeading>
          {active.length === 0 ? (
            <EmptyState title="No sub-skills yet" headingLevel="h3" />
          ) : (
            <ReorderList
              entity="subSkill"
              items={active.map((s) => ({
                id: s.id,
                label: s.name,
                content: (
                  <EditableItem
                    title={s.name}
                    meta={<Badge tone="brand">{s.weightPercent} %</Badge>}
                    edit={
                      <CurriculumForm
                        action={upsertSubSkillAction}
                        hidden={{ id: s.id, guideId: guide.id }}
                        fields={subSkillFields(s)}
                        submitLabel="Save sub-skill"
                      />
                    }
                    removal={{
                      entity: "subSkill",
                      id: s.id,
                      label: s.name,
                      kind: s.removal,
                      refusal: `Set its weight to 0 to archive or delete it.`,
                    }}
                  />
                ),
              }))}
            />
          )}
        </section>
        <ArchivedSection
          entity="subSkill"
          noun="sub-skills"
          items={archived.map((s) => ({ id: s.id, label: s.name, meta: "Weight 0 %" }))}
        />
        <AddCard title="Add a sub-skill">
          <CurriculumForm
            action={upsertSubSkillAction}
            hidden={{ guideId: guide.id }}
            fields={subSkillFields()}
            submitLabel="Add sub-skill"
            resetOnSuccess
          />
        </AddCard>
      </div>
    </>
  );
}
