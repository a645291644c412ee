import Link from "next/link";
import { editorHref } from "@/lib/curriculum/href";
import { AddCard, ArchivedSection, EditableItem } from "@/components/curriculum/editor-parts";
import { partLabels } from "@/components/curriculum/form-fields";
import { ItemForm } from "@/components/curriculum/item-form";
import { fill, ItemMeta } from "@/components/curriculum/item-meta";
import { ReorderList } from "@/components/curriculum/reorder-list";
import { EmptyState } from "@/components/ui/empty-state";
import type { OrderedPartKey } from "@/lib/curriculum/parts";
import type { PartDescription } from "@/lib/curriculum/parts/types";
import type { EditorItem, SubSkillChoice } from "@/lib/curriculum/queries";
import { pluralNoun } from "@/lib/ui/format";

export type PartListProps = {
  part: PartDescription;
  items: readonly EditorItem[];
  /** The list's parent id and fixed values, sent with every form. */
  scope: Record<string, string>;
  subSkills: readonly SubSkillChoice[];
  /** A section's own noun ("topic"), else the part's. */
  singular?: string;
  /** Heading level of the empty state: "h3" inside a titled section. */
  headingLevel?: "h2" | "h3";
  /** The guide being edited, kept by the links to an item's own page. */
  guideSlug: string;
};

/**
 * Any ordered part's list, from its description: the active items in order (Move up/down, an
 * Edit disclosure with the item's form, Archive or Delete), the archived ones apart (Restore),
 * and a form that adds one at the end.
 */
export function PartList({ part, items, scope, subSkills, singular, headingLevel, guideSlug }: PartListProps) {
  const entity = part.key as OrderedPartKey;
  const names = new Map(subSkills.map((s) => [s.id, s.name]));
  const labelOf = (item: EditorItem) => String(item.values[part.label] ?? "");
  const active = items.filter((item) => !item.archivedAt);
  const archived = items.filter((item) => item.archivedAt);
  const labels = partLabels(part, singular);
  const titleOf = (item: EditorItem, index: number) => {
    const text = part.itemTitle
      ? fill(part.itemTitle.replace("{n}", String(index + 1)), part, item, names).join(" ")
      : labelOf(item);
    if (!part.detailPage) return text;
    return (
      <Link
        href={editorHref(`/admin/curriculum/${part.route}/${item.id}`, guideSlug)}
        className="rounded hover:underline"
      >
        {text}
      </Link>
    );
  };
  return (
    <>
      {active.length === 0 ? (
        <EmptyState
          title={part.empty ?? `No ${singular ? pluralNoun(singular) : part.plural} yet`}
          headingLevel={headingLevel}
        />
      ) : (
        <ReorderList
          entity={entity}
          items={active.map((item, index) => ({
            id: item.id,
            label: labelOf(item),
            content: (
              <EditableItem
                title={titleOf(item, index)}
                meta={
                  part.meta || part.detailPage ? (
                    <>
                      <ItemMeta part={part} item={item} names={names} />
                      {part.detailPage ? (
                        <Link
                          href={editorHref(`/admin/curriculum/${part.route}/${item.id}`, guideSlug)}
                          className="font-medium text-brand-700 hover:underline"
                        >
                          Open {part.singular}
                        </Link>
                      ) : null}
                    </>
                  ) : undefined
                }
                edit={<ItemForm part={part} scope={scope} subSkills={subSkills} item={item} singular={singular} />}
                removal={{ entity, id: item.id, label: labelOf(item), kind: item.removal, refusal: part.refusal }}
              />
            ),
          }))}
        />
      )}
      <ArchivedSection
        entity={entity}
        noun={singular ? pluralNoun(singular) : part.plural}
        items={archived.map((item) => ({
          id: item.id,
          label: labelOf(item),
          meta: part.archivedMeta ? fill(part.archivedMeta, part, item, names).join(", ") : undefined,
        }))}
      />
      <AddCard title={labels.addTitle} description={part.addHint}>
        <ItemForm part={part} scope={scope} subSkills={subSkills} singular={singular} />
      </AddCard>
    </>
  );
}
