import { formatInstantDay } from "@/lib/ui/format";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { SelfAssessmentPage } from "@/lib/self-assessment/queries";
import { CalibrationSummary } from "./calibration-summary";
import { SelfAssessmentForm, type QuestionGroup } from "./self-assessment-form";

/** The self-assessment page: calibration per sub-skill first (what the ratings are for), then the questions to rate. */
export function SelfAssessmentView({ page, timeZone }: { page: SelfAssessmentPage; timeZone: string }) {
  const groups: QuestionGroup[] = page.subSkills
    .filter((s) => s.questions.length > 0)
    .map((s) => ({
      key: s.key,
      name: s.name,
      meanConfidence: s.comparison.meanConfidence,
      questions: s.questions.map((q) => ({
        id: q.id,
        prompt: q.prompt,
        latest: q.ratings[0]?.confidence ?? null,
        history: q.ratings.map((r) => `${r.confidence} on ${formatInstantDay(r.createdAt, timeZone)}`),
        older: Math.max(0, q.ratingCount - q.ratings.length),
      })),
    }));
  return (
    <>
      <PageHeader
        title="Self-assessment"
        description={`Rate how confident you are on each of the guide's ${page.questionCount} self-check questions, from 1 (not at all) to 5 (could teach it). Ratings never change your scores: they sit beside the evidence so you can see where you over- or under-rate yourself. You have rated ${page.ratedCount} of ${page.questionCount}.`}
      />
      {page.questionCount === 0 ? (
        <EmptyState
          title="No self-check questions yet"
          description="This guide has no self-check questions to rate. Your evidence is on the dashboard."
        />
      ) : (
        <div className="flex flex-col gap-10">
          <CalibrationSummary subSkills={page.subSkills} quizTaken={page.quizTaken} />
          <section aria-labelledby="rate-heading" className="max-w-4xl">
            <h2 id="rate-heading" className="mb-4 text-xl font-semibold text-slate-900">
              Rate yourself
            </h2>
            <SelfAssessmentForm groups={groups} />
          </section>
        </div>
      )}
    </>
  );
}
