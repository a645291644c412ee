import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CurriculumForm } from "@/components/curriculum/curriculum-form";
import { AddCard, ArchivedSection, EditableItem, EditorHeader } from "@/components/curriculum/editor-parts";
import { faqFields } from "@/components/curriculum/fields";
import { ReorderList } from "@/components/curriculum/reorder-list";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { upsertFaqAction } from "@/lib/curriculum/actions";
import { getEditorGuide, listFaqs } from "@/lib/curriculum/queries";

export const metadata: Metadata = { title: "FAQ · Curriculum" };

export default async function FaqEditorPage() {
  await requireRoleOrForbidden(["ADMIN"], "/admin/curriculum/text/faq");
  const guide = await getEditorGuide();
  if (!guide) notFound();
  const faqs = await listFaqs(guide.id);
  const active = faqs.filter((f) => !f.archivedAt);
  const archived = faqs.filter((f) => f.archivedAt);
  return (
    <>
      <EditorHeader
        title="FAQ"
        guideTitle={guide.title}
        back={{ href: "/admin/curriculum/text", label: "Text sections" }}
      />
      <div className="flex flex-col gap-8">
        {active.length === 0 ? (
          <EmptyState title="No questions yet" />
        ) : (
          <ReorderList
            entity="faq"
            items={active.map((f) => ({
              id: f.id,
              label: f.question,
              content: (
                <EditableItem
                  title={f.question}
                  meta={<span className="line-clamp-2">{f.answer}</span>}
                  edit={
                    <CurriculumForm
                      action={upsertFaqAction}
                      hidden={{ id: f.id, guideId: guide.id }}
                      fields={faqFields(f)}
                      submitLabel="Save"
                    />
                  }
                  removal={{ entity: "faq", id: f.id, label: f.question, kind: f.removal }}
                />
              ),
            }))}
          />
        )}
        <ArchivedSection entity="faq" noun="questions" items={archived.map((f) => ({ id: f.id, label: f.question }))} />
        <AddCard title="Add a question">
          <CurriculumForm
            action={upsertFaqAction}
            hidden={{ guideId: guide.id }}
            fields={faqFields()}
            submitLabel="Add question"
            resetOnSuccess
          />
        </AddCard>
      </div>
    </>
  );
}
