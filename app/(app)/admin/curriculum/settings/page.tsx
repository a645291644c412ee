import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CurriculumForm } from "@/components/curriculum/curriculum-form";
import { EditorHeader } from "@/components/curriculum/editor-parts";
import { guideSettingsFields } from "@/components/curriculum/fields";
import { Card } from "@/components/ui/card";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { updateGuideSettingsAction } from "@/lib/curriculum/actions";
import { getEditorGuide } from "@/lib/curriculum/queries";

export const metadata: Metadata = { title: "Guide settings · Curriculum" };

export default async function GuideSettingsPage() {
  await requireRoleOrForbidden(["ADMIN"], "/admin/curriculum/settings");
  const guide = await getEditorGuide();
  if (!guide) notFound();
  return (
    <>
      <EditorHeader
        title="Guide settings"
        guideTitle={guide.title}
        description="What the public overview says about the guide, and how long reviews may wait."
      />
      <Card className="max-w-3xl">
        <CurriculumForm
          action={updateGuideSettingsAction}
          hidden={{ guideId: guide.id }}
          fields={guideSettingsFields(guide)}
          submitLabel="Save settings"
        />
      </Card>
    </>
  );
}
