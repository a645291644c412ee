import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CurriculumForm } from "@/components/curriculum/curriculum-form";
import { AddCard, ArchivedSection, EditableItem, EditorHeader } from "@/components/curriculum/editor-parts";
import { projectFields, subSkillOptions } from "@/components/curriculum/fields";
import { ReorderList } from "@/components/curriculum/reorder-list";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { upsertProjectAction } from "@/lib/curriculum/actions";
import { DIFFICULTY_LABELS } from "@/lib/curriculum/schema";
import { getEditorGuide, listProjects, subSkillChoices } from "@/lib/curriculum/queries";

export const metadata: Metadata = { title: "Portfolio projects · Curriculum" };

export default async function ProjectsEditorPage() {
  await requireRoleOrForbidden(["ADMIN"], "/admin/curriculum/projects");
  const guide = await getEditorGuide();
  if (!guide) notFound();
  const [projects, subSkills] = await Promise.all([listProjects(guide.id), subSkillChoices(guide.id)]);
  const active = projects.filter((p) => !p.archivedAt);
  const archived = projects.filter((p) => p.archivedAt);

  return (
    <>
      <EditorHeader
        title="Portfolio projects"
        guideTitle={guide.title}
        description="Project ideas a learner can pick and track; an approved project counts toward the Expert level."
      />
      <div className="flex flex-col gap-8">
        {active.length === 0 ? (
          <EmptyState title="No project ideas yet" />
        ) : (
          <ReorderList
            entity="project"
            items={active.map((p) => ({
              id: p.id,
              label: p.title,
              content: (
                <EditableItem
                  title={p.title}
                  meta={<Badge>{DIFFICULTY_LABELS[p.difficulty]}</Badge>}
                  edit={
                    <CurriculumForm
                      action={upsertProjectAction}
                      hidden={{ id: p.id, guideId: guide.id }}
                      fields={projectFields(subSkillOptions(subSkills, p.subSkillIds), p)}
                      submitLabel="Save project"
                    />
                  }
                  removal={{ entity: "project", id: p.id, label: p.title, kind: p.removal }}
                />
              ),
            }))}
          />
        )}
        <ArchivedSection entity="project" noun="projects" items={archived.map((p) => ({ id: p.id, label: p.title }))} />
        <AddCard title="Add a project idea">
          <CurriculumForm
            action={upsertProjectAction}
            hidden={{ guideId: guide.id }}
            fields={projectFields(subSkillOptions(subSkills))}
            submitLabel="Add project"
            resetOnSuccess
          />
        </AddCard>
      </div>
    </>
  );
}
