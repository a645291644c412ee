import type { ReviewRubricScore } from "@/lib/rubrics/queries";
import { MAX_RUBRIC_LEVEL, descriptorsOf, rubricLevelName } from "@/lib/rubrics/scale";

/**
 * A review's rubric scores, read-only: each criterion with its level's name, its place on the
 * scale and that level's descriptor, for the learner's deliverable page, the version history and
 * the review page. Nothing when the review has no scores (decided before its rubric existed).
 */
export function RubricScores({ scores }: { scores: readonly ReviewRubricScore[] }) {
  if (scores.length === 0) return null;
  return (
    <div className="flex flex-col gap-2" data-testid="rubric-scores">
      <h4 className="text-sm font-semibold text-slate-900">Rubric</h4>
      <dl className="grid grid-cols-1 gap-2">
        {scores.map((score) => (
          <div key={score.criterion.id} className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm">
            <dt className="font-medium text-slate-900">{score.criterion.title}</dt>
            <dd className="text-slate-700">
              <span className="font-medium text-brand-700" data-testid="rubric-level">
                {rubricLevelName(score.level)}
              </span>{" "}
              <span className="text-slate-600">
                (level {score.level} of {MAX_RUBRIC_LEVEL})
              </span>
              : {descriptorsOf(score.criterion)[score.level - 1]}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
