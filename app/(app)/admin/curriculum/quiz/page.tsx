import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddCard, ArchivedSection, EditableItem, EditorHeader } from "@/components/curriculum/editor-parts";
import { subSkillOptions } from "@/components/curriculum/fields";
import { QuizQuestionForm } from "@/components/curriculum/quiz-question-form";
import { ReorderList } from "@/components/curriculum/reorder-list";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getEditorGuide, listQuizQuestions, subSkillChoices } from "@/lib/curriculum/queries";

export const metadata: Metadata = { title: "Quiz questions · Curriculum" };

export default async function QuizEditorPage() {
  await requireRoleOrForbidden(["ADMIN"], "/admin/curriculum/quiz");
  const guide = await getEditorGuide();
  if (!guide) notFound();
  const [questions, subSkills] = await Promise.all([listQuizQuestions(guide.id), subSkillChoices(guide.id)]);
  const active = questions.filter((q) => !q.archivedAt);
  const archived = questions.filter((q) => q.archivedAt);

  return (
    <>
      <EditorHeader
        title="Quiz questions"
        guideTitle={guide.title}
        description="Each question scores one sub-skill. Learners see the questions in a shuffled order, and the explanation after they answer."
      />
      <div className="flex flex-col gap-8">
        {active.length === 0 ? (
          <EmptyState title="No quiz questions yet" description="Add the first question below." />
        ) : (
          <ReorderList
            entity="quizQuestion"
            items={active.map((q) => ({
              id: q.id,
              label: q.prompt,
              content: (
                <EditableItem
                  title={q.prompt}
                  meta={
                    <>
                      <Badge tone="brand">{q.subSkill.name}</Badge>
                      {q.origin === "GUIDE" ? <Badge>From the guide</Badge> : <Badge tone="accent">Added</Badge>}
                      {q.answered ? <Badge tone="warning">Answered by learners</Badge> : null}
                      <span className="w-full">
                        Correct: {q.options[q.correctOption] ?? "—"} ({q.options.length} options)
                      </span>
                    </>
                  }
                  edit={
                    <QuizQuestionForm
                      guideId={guide.id}
                      subSkills={subSkillOptions(subSkills, [q.subSkillId])}
                      question={q}
                      locked={q.answered}
                    />
                  }
                  removal={{ entity: "quizQuestion", id: q.id, label: q.prompt, kind: q.removal }}
                />
              ),
            }))}
          />
        )}
        <ArchivedSection
          entity="quizQuestion"
          noun="questions"
          items={archived.map((q) => ({ id: q.id, label: q.prompt, meta: q.subSkill.name }))}
        />
        <AddCard title="Add a question">
          <QuizQuestionForm guideId={guide.id} subSkills={subSkillOptions(subSkills)} />
        </AddCard>
      </div>
    </>
  );
}
