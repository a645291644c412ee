import { EditorHeader } from "@/components/curriculum/editor-parts";
import { editorHref } from "@/lib/curriculum/href";
import { ItemForm } from "@/components/curriculum/item-form";
import { PartList } from "@/components/curriculum/part-list";
import { PartSectionBlock } from "@/components/curriculum/part-editor";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { partOf } from "@/lib/curriculum/parts";
import { countOf } from "@/lib/ui/format";
import type { PartDescription, PartSection } from "@/lib/curriculum/parts/types";
import type { EditorGuide, EditorItem, PhaseEditor as PhaseData } from "@/lib/curriculum/queries";

/**
 * A phase's own page: its details, then each part that belongs to a phase (topics, actions,
 * deliverables), one list per section of its description.
 */
export function PhaseEditor({ guide, phase }: { guide: EditorGuide; phase: PhaseData }) {
  const part = partOf("phase");
  const title = String(phase.values.title);
  const item: EditorItem = {
    id: phase.id,
    archivedAt: phase.archivedAt,
    values: phase.values,
    learnerRecords: 0,
    curriculumReferences: 0,
    removal: "archive",
  };
  const lists = phase.lists.flatMap(({ part: child, items }) =>
    (child.sections ?? [undefined]).map((section) => ({ child, items, section })),
  );
  return (
    <>
      <EditorHeader
        title={phase.archivedAt ? title : `Phase ${phase.position + 1} · ${title}`}
        guideTitle={guide.title}
        guideSlug={guide.slug}
        back={{ href: editorHref(`/admin/curriculum/${part.route}`, guide.slug), label: part.title }}
        description={
          phase.archivedAt ? <Badge tone="warning">Archived: not part of the path</Badge> : String(phase.values.summary)
        }
      />
      <div className="flex flex-col gap-10">
        <Card>
          <CardHeader>
            <CardTitle as="h2">Phase details</CardTitle>
          </CardHeader>
          <ItemForm part={part} scope={{ guideId: guide.id }} subSkills={[]} item={item} />
        </Card>
        {lists.map(({ child, items, section }) => (
          <ChildList
            key={`${child.key}-${section?.slug ?? ""}`}
            phase={phase}
            guideSlug={guide.slug}
            part={child}
            items={items}
            section={section}
          />
        ))}
        <ResourceLists phase={phase} guideSlug={guide.slug} />
        <RubricLists phase={phase} guideSlug={guide.slug} />
      </div>
    </>
  );
}

function ChildList({
  phase,
  guideSlug,
  part,
  items,
  section,
}: {
  phase: PhaseData;
  guideSlug: string;
  part: PartDescription;
  items: readonly EditorItem[];
  section?: PartSection;
}) {
  const inSection = section
    ? items.filter((item) => Object.entries(section.fixed).every(([name, value]) => item.values[name] === value))
    : items;
  return (
    <PartSectionBlock
      id={`${section?.slug ?? part.key}-heading`}
      title={section?.title ?? part.title}
      intro={section?.intro ?? part.intro}
      count={inSection.filter((item) => !item.archivedAt).length}
    >
      <PartList
        part={part}
        items={inSection}
        scope={{ phaseId: phase.id, ...section?.fixed }}
        subSkills={phase.subSkills}
        singular={section?.singular}
        headingLevel="h3"
        guideSlug={guideSlug}
      />
    </PartSectionBlock>
  );
}

/**
 * Each active topic's and action's resources, one disclosure per item so the page stays
 * scannable: the resource part's parent is the checklist item, so each is a list of its own.
 */
function ResourceLists({ phase, guideSlug }: { phase: PhaseData; guideSlug: string }) {
  const part = partOf("resource");
  const items = phase.lists
    .filter((list) => list.part.key === "checklistItem")
    .flatMap((list) => list.items)
    .filter((item) => !item.archivedAt);
  const activeResources = phase.resources.filter((r) => !r.archivedAt);
  return (
    <PartSectionBlock id="resources-heading" title={part.title} intro={part.intro} count={activeResources.length}>
      {items.length === 0 ? <p className="text-sm text-slate-600">Add a topic or action first.</p> : null}
      {items.map((item) => {
        const resources = phase.resources.filter((r) => r.values.itemId === item.id);
        const count = resources.filter((r) => !r.archivedAt).length;
        return (
          <details key={item.id} className="rounded-lg ring-1 ring-slate-200" data-testid="resource-item">
            <summary className="cursor-pointer px-4 py-3 text-sm font-medium text-slate-800">
              {item.values.kind === "TOPIC" ? "Topic" : "Action"}: {String(item.values.title)}{" "}
              <span className="text-slate-600">({countOf(count, "resource")})</span>
            </summary>
            <div className="flex flex-col gap-4 px-4 pb-4">
              <PartList
                part={part}
                items={resources}
                scope={{ itemId: item.id }}
                subSkills={[]}
                headingLevel="h3"
                guideSlug={guideSlug}
              />
            </div>
          </details>
        );
      })}
    </PartSectionBlock>
  );
}

/**
 * Each active deliverable's rubric, one disclosure per deliverable like the resources: the
 * criterion part's parent is the deliverable, so each rubric is a list of its own.
 */
function RubricLists({ phase, guideSlug }: { phase: PhaseData; guideSlug: string }) {
  const part = partOf("rubricCriterion");
  const deliverables = phase.lists
    .filter((list) => list.part.key === "deliverable")
    .flatMap((list) => list.items)
    .filter((item) => !item.archivedAt);
  const active = phase.criteria.filter((c) => !c.archivedAt);
  return (
    <PartSectionBlock id="rubrics-heading" title="Rubrics" intro={part.intro} count={active.length}>
      {deliverables.length === 0 ? <p className="text-sm text-slate-600">Add a deliverable first.</p> : null}
      {deliverables.map((deliverable) => {
        const criteria = phase.criteria.filter((c) => c.values.deliverableId === deliverable.id);
        const count = criteria.filter((c) => !c.archivedAt).length;
        return (
          <details key={deliverable.id} className="rounded-lg ring-1 ring-slate-200" data-testid="rubric-deliverable">
            <summary className="cursor-pointer px-4 py-3 text-sm font-medium text-slate-800">
              {String(deliverable.values.title)}{" "}
              <span className="text-slate-600">({countOf(count, "criterion", "criteria")})</span>
            </summary>
            <div className="flex flex-col gap-4 px-4 pb-4">
              <PartList
                part={part}
                items={criteria}
                scope={{ deliverableId: deliverable.id }}
                guideSlug={guideSlug}
                subSkills={[]}
                headingLevel="h3"
              />
            </div>
          </details>
        );
      })}
    </PartSectionBlock>
  );
}
