import type { ReactNode } from "react";
import { CurriculumForm } from "@/components/curriculum/curriculum-form";
import { editorHref } from "@/lib/curriculum/href";
import { EditorHeader, SectionHeading } from "@/components/curriculum/editor-parts";
import { formFields, partLabels } from "@/components/curriculum/form-fields";
import { fill, ItemMeta } from "@/components/curriculum/item-meta";
import { PartList } from "@/components/curriculum/part-list";
import { WeightsForm } from "@/components/curriculum/weights-form";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { saveCurriculumItemAction } from "@/lib/curriculum/actions";
import { inTextGroup, TEXT_GROUP, type EditorPage } from "@/lib/curriculum/parts";
import type { PartDescription } from "@/lib/curriculum/parts/types";
import type { EditorGuide, EditorItem, SubSkillChoice } from "@/lib/curriculum/queries";

type Props = {
  page: EditorPage;
  guide: EditorGuide;
  data: { items: readonly EditorItem[]; subSkills: readonly SubSkillChoice[] };
};

/** Any part's editor page, laid out by the kind of list its description names. */
export function PartEditor({ page, guide, data }: Props) {
  const { part } = page;
  const back = inTextGroup(page)
    ? { href: editorHref(`/admin/curriculum/${TEXT_GROUP.route}`, guide.slug), label: TEXT_GROUP.title }
    : undefined;
  const active = data.items.filter((item) => !item.archivedAt);
  return (
    <>
      <EditorHeader
        title={page.title}
        guideTitle={guide.title}
        guideSlug={guide.slug}
        back={back}
        description={introOf(part, active) ?? page.section?.intro ?? part.intro}
      />
      {part.list === "single" ? (
        <Card className="max-w-3xl">
          <SingleForm part={part} item={data.items[0]} />
        </Card>
      ) : part.list === "fixed" ? (
        <FixedList part={part} items={data.items} guideId={guide.id} />
      ) : (
        <div className="flex flex-col gap-8">
          {part.weightColumn && active.length > 0 ? (
            <WeightsCard guideId={guide.id} items={active} part={part} />
          ) : null}
          <PartList
            part={part}
            items={data.items}
            scope={{ guideId: guide.id, ...page.section?.fixed }}
            subSkills={data.subSkills}
            guideSlug={guide.slug}
          />
        </div>
      )}
    </>
  );
}

/** The phases page says how long the path is: the sum of its active phases' estimates. */
function introOf(part: PartDescription, active: readonly EditorItem[]): ReactNode {
  if (!part.detailPage) return undefined;
  const total = active.reduce((sum, item) => sum + Number(item.values.estimatedHours ?? 0), 0);
  return (
    <>
      The path is <strong data-testid="path-total-hours">{total} h</strong> long: the sum of its active phases&apos;
      estimates. Open a phase to edit its topics, actions and deliverables.
    </>
  );
}

function SingleForm({ part, item }: { part: PartDescription; item?: EditorItem }) {
  if (!item) return null;
  return (
    <CurriculumForm
      action={saveCurriculumItemAction}
      hidden={{ part: part.key, id: item.id }}
      fields={formFields(part, [], item.values)}
      submitLabel={partLabels(part).save}
    />
  );
}

/** Items edited in place, in their fixed order (levels). */
function FixedList({ part, items, guideId }: { part: PartDescription; items: readonly EditorItem[]; guideId: string }) {
  if (items.length === 0) return <EmptyState title={part.empty ?? `No ${part.plural}`} />;
  const names = new Map<string, string>();
  return (
    <ol className="flex flex-col gap-6">
      {items.map((item, index) => {
        const label = String(item.values[part.label]);
        return (
          <li key={item.id}>
            <Card>
              <CardHeader>
                <CardTitle as="h2">
                  {part.itemTitle ? fill(part.itemTitle.replace("{n}", String(index + 1)), part, item, names) : label}
                </CardTitle>
                <CardDescription>
                  <ItemMeta part={part} item={item} names={names} />
                </CardDescription>
              </CardHeader>
              <details>
                <summary className="inline-flex cursor-pointer rounded-md px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50">
                  Edit {label}
                </summary>
                <div className="mt-3">
                  <CurriculumForm
                    action={saveCurriculumItemAction}
                    hidden={{ part: part.key, id: item.id, guideId }}
                    fields={formFields(part, [], item.values)}
                    submitLabel={partLabels(part).save}
                  />
                </div>
              </details>
            </Card>
          </li>
        );
      })}
    </ol>
  );
}

/** Weights are edited together, above the list: they must add up to 100. */
function WeightsCard({
  guideId,
  items,
  part,
}: {
  guideId: string;
  items: readonly EditorItem[];
  part: PartDescription;
}) {
  const weights = items.map((item) => ({
    id: item.id,
    name: String(item.values[part.label]),
    weightPercent: Number(item.values[part.weightColumn!]),
  }));
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">Weights</CardTitle>
        <CardDescription>Edit them together: they must add up to exactly 100 before they can be saved.</CardDescription>
      </CardHeader>
      <WeightsForm guideId={guideId} subSkills={weights} />
    </Card>
  );
}

/** A titled list inside a page (a phase's topics, actions and deliverables). */
export function PartSectionBlock({
  id,
  title,
  intro,
  children,
  count,
}: {
  id: string;
  title: string;
  intro?: string;
  count: number;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-4">
      <SectionHeading id={id} description={intro}>
        {title} ({count})
      </SectionHeading>
      {children}
    </section>
  );
}
