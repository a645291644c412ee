import { CurriculumForm } from "@/components/curriculum/curriculum-form";
import { AddCard, ArchivedSection, EditableItem, SectionHeading } from "@/components/curriculum/editor-parts";
import { checklistItemFields, deliverableFields, subSkillOptions } from "@/components/curriculum/fields";
import { ReorderList } from "@/components/curriculum/reorder-list";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { upsertChecklistItemAction, upsertDeliverableAction } from "@/lib/curriculum/actions";
import type { PhaseEditor } from "@/lib/curriculum/queries";

/** A phase's topics or actions: ordered, editable, archivable, with an "add" form. */
export function ChecklistSection({ phase, kind }: { phase: PhaseEditor; kind: "TOPIC" | "ACTION" }) {
  const items = phase.checklistItems.filter((item) => item.kind === kind);
  const active = items.filter((item) => !item.archivedAt);
  const archived = items.filter((item) => item.archivedAt);
  const [plural, singular] = kind === "TOPIC" ? ["Key topics", "topic"] : ["Recommended actions", "action"];
  const headingId = `${kind.toLowerCase()}-heading`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <SectionHeading
        id={headingId}
        description={`Learners tick each ${singular} off and may keep a private note on it.`}
      >
        {plural} ({active.length})
      </SectionHeading>
      {active.length === 0 ? (
        <EmptyState title={`No ${singular}s`} headingLevel="h3" />
      ) : (
        <ReorderList
          entity="checklistItem"
          items={active.map((item) => ({
            id: item.id,
            label: item.title,
            content: (
              <EditableItem
                title={item.title}
                edit={
                  <CurriculumForm
                    action={upsertChecklistItemAction}
                    hidden={{ id: item.id, phaseId: phase.id, kind }}
                    fields={checklistItemFields(item)}
                    submitLabel={`Save ${singular}`}
                  />
                }
                removal={{ entity: "checklistItem", id: item.id, label: item.title, kind: item.removal }}
              />
            ),
          }))}
        />
      )}
      <ArchivedSection
        entity="checklistItem"
        noun={`${singular}s`}
        items={archived.map((item) => ({ id: item.id, label: item.title }))}
      />
      <AddCard title={`Add a ${singular}`}>
        <CurriculumForm
          action={upsertChecklistItemAction}
          hidden={{ phaseId: phase.id, kind }}
          fields={checklistItemFields()}
          submitLabel={`Add ${singular}`}
          resetOnSuccess
        />
      </AddCard>
    </section>
  );
}

/** A phase's deliverables, each naming the sub-skills it gives evidence for. */
export function DeliverablesSection({ phase }: { phase: PhaseEditor }) {
  const active = phase.deliverables.filter((d) => !d.archivedAt);
  const archived = phase.deliverables.filter((d) => d.archivedAt);
  const names = new Map(phase.subSkills.map((s) => [s.id, s.name]));
  return (
    <section aria-labelledby="deliverables-heading" className="flex flex-col gap-4">
      <SectionHeading
        id="deliverables-heading"
        description="A phase is complete when all of its active deliverables are approved."
      >
        Deliverables ({active.length})
      </SectionHeading>
      {active.length === 0 ? (
        <EmptyState
          title="No deliverables"
          headingLevel="h3"
          description="Without deliverables, the phase completes once its hours are logged."
        />
      ) : (
        <ReorderList
          entity="deliverable"
          items={active.map((d) => ({
            id: d.id,
            label: d.title,
            content: (
              <EditableItem
                title={d.title}
                meta={d.subSkillIds.map((id) => (
                  <Badge key={id}>{names.get(id) ?? "Unknown sub-skill"}</Badge>
                ))}
                edit={
                  <CurriculumForm
                    action={upsertDeliverableAction}
                    hidden={{ id: d.id, phaseId: phase.id }}
                    fields={deliverableFields(subSkillOptions(phase.subSkills, d.subSkillIds), d)}
                    submitLabel="Save deliverable"
                  />
                }
                removal={{ entity: "deliverable", id: d.id, label: d.title, kind: d.removal }}
              />
            ),
          }))}
        />
      )}
      <ArchivedSection
        entity="deliverable"
        noun="deliverables"
        items={archived.map((d) => ({ id: d.id, label: d.title }))}
      />
      <AddCard title="Add a deliverable">
        <CurriculumForm
          action={upsertDeliverableAction}
          hidden={{ phaseId: phase.id }}
          fields={deliverableFields(subSkillOptions(phase.subSkills))}
          submitLabel="Add deliverable"
          resetOnSuccess
        />
      </AddCard>
    </section>
  );
}
