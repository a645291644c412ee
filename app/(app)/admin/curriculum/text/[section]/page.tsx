import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CurriculumForm } from "@/components/curriculum/curriculum-form";
import { AddCard, EditableItem, EditorHeader } from "@/components/curriculum/editor-parts";
import { textItemFields } from "@/components/curriculum/fields";
import { ReorderList } from "@/components/curriculum/reorder-list";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { upsertTextItemAction } from "@/lib/curriculum/actions";
import { TEXT_SECTIONS } from "@/lib/curriculum/schema";
import { getEditorGuide, listTextItems } from "@/lib/curriculum/queries";

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section: slug } = await params;
  const section = TEXT_SECTIONS.find((s) => s.slug === slug);
  return { title: `${section?.title ?? "Text section"} · Curriculum` };
}

/** One of the guide's plain-text lists. Nothing points to these entries, so removing one deletes it. */
export default async function TextSectionEditorPage({ params }: Props) {
  const { section: slug } = await params;
  await requireRoleOrForbidden(["ADMIN"], `/admin/curriculum/text/${slug}`);
  const section = TEXT_SECTIONS.find((s) => s.slug === slug);
  const guide = await getEditorGuide();
  if (!section || !guide) notFound();
  const items = await listTextItems(guide.id, section.kind);

  return (
    <>
      <EditorHeader
        title={section.title}
        guideTitle={guide.title}
        back={{ href: "/admin/curriculum/text", label: "Text sections" }}
      />
      <div className="flex flex-col gap-8">
        {items.length === 0 ? (
          <EmptyState title="This list is empty" description="Add its first entry below." />
        ) : (
          <ReorderList
            entity="textItem"
            items={items.map((item) => ({
              id: item.id,
              label: item.text,
              content: (
                <EditableItem
                  title={item.text}
                  edit={
                    <CurriculumForm
                      action={upsertTextItemAction}
                      hidden={{ id: item.id, guideId: guide.id, kind: section.kind }}
                      fields={textItemFields(item)}
                      submitLabel="Save"
                    />
                  }
                  removal={{ entity: "textItem", id: item.id, label: item.text, kind: "delete" }}
                />
              ),
            }))}
          />
        )}
        <AddCard title="Add an entry">
          <CurriculumForm
            action={upsertTextItemAction}
            hidden={{ guideId: guide.id, kind: section.kind }}
            fields={textItemFields()}
            submitLabel="Add entry"
            resetOnSuccess
          />
        </AddCard>
      </div>
    </>
  );
}
