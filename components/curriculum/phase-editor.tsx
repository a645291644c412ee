import { EditorHeader } from "@/components/curriculum/editor-parts";
import { ItemForm } from "@/components/curriculum/item-form";
import { PartList } from "@/components/curriculum/part-list";
import { PartSectionBlock } from "@/components/curriculum/part-editor";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { partOf } from "@/lib/curriculum/parts";
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
        back={{ href: `/admin/curriculum/${part.route}`, label: part.title }}
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
            part={child}
            items={items}
            section={section}
          />
        ))}
      </div>
    </>
  );
}

function ChildList({
  phase,
  part,
  items,
  section,
}: {
  phase: PhaseData;
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
      />
    </PartSectionBlock>
  );
}
