import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CurriculumForm } from "@/components/curriculum/curriculum-form";
import { EditorHeader } from "@/components/curriculum/editor-parts";
import { levelFields } from "@/components/curriculum/fields";
import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { updateLevelAction } from "@/lib/curriculum/actions";
import { DIFFICULTY_LABELS } from "@/lib/curriculum/schema";
import { getEditorGuide, listLevels } from "@/lib/curriculum/queries";

export const metadata: Metadata = { title: "Levels & thresholds · Curriculum" };

/**
 * Levels are edited in place, not added, removed or reordered: the proficiency model places a
 * learner at the highest level whose every threshold is met, in this fixed order.
 */
export default async function LevelsEditorPage() {
  await requireRoleOrForbidden(["ADMIN"], "/admin/curriculum/levels");
  const guide = await getEditorGuide();
  if (!guide) notFound();
  const levels = await listLevels(guide.id);
  return (
    <>
      <EditorHeader
        title="Levels & thresholds"
        guideTitle={guide.title}
        description="A learner is placed at the highest level whose every requirement they meet. Keep each level's thresholds at or above the one before."
      />
      {levels.length === 0 ? (
        <EmptyState title="This guide has no levels" />
      ) : (
        <ol className="flex flex-col gap-6">
          {levels.map((level, index) => (
            <li key={level.id}>
              <Card>
                <CardHeader>
                  <CardTitle as="h2">
                    {index + 1}. {level.name}
                  </CardTitle>
                  <CardDescription>
                    <Badge>{DIFFICULTY_LABELS[level.difficulty]}</Badge> {level.minTotalHours} h ·{" "}
                    {level.minPhasesCompleted} phases · quiz {level.minQuizPercent} % · overall {level.minOverallScore}{" "}
                    · every sub-skill {level.minSubSkillScore} · {level.minApprovedProjects} projects
                  </CardDescription>
                </CardHeader>
                <details>
                  <summary className="inline-flex cursor-pointer rounded-md px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50">
                    Edit {level.name}
                  </summary>
                  <div className="mt-3">
                    <CurriculumForm
                      action={updateLevelAction}
                      hidden={{ id: level.id }}
                      fields={levelFields(level)}
                      submitLabel="Save level"
                    />
                  </div>
                </details>
              </Card>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
