import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { SubSkillCalibration } from "@/lib/self-assessment/queries";
import { formatMinutes } from "@/lib/progress/path";
import { quizPercent, type Calibration } from "@/lib/progress/proficiency";
import { plural } from "@/lib/ui/format";

const VERDICT_TONES: Record<Calibration, BadgeTone> = {
  "over-confident": "warning",
  "under-confident": "accent",
  aligned: "success",
  "not-rated": "neutral",
};

function verdictText({ verdict, confidenceScore, evidenceScore }: SubSkillCalibration["comparison"]): string {
  const gap = confidenceScore === null ? 0 : Math.round(Math.abs(confidenceScore - evidenceScore) * 10) / 10;
  switch (verdict) {
    case "over-confident":
      return `Over-confident by ${plural(gap, "point")}`;
    case "under-confident":
      return `Under-confident by ${plural(gap, "point")}`;
    case "aligned":
      return "Confidence matches the evidence";
    case "not-rated":
      return "Not rated yet";
  }
}

/**
 * Per sub-skill: the mean of the latest ratings, put on the score's 0–100 scale, beside the
 * evidence score and what it is made of, with the verdict of compareSelfAssessment. Ratings
 * never move a score (docs/proficiency.md); this only makes a gap visible.
 */
export function CalibrationSummary({
  subSkills,
  quizTaken,
}: {
  subSkills: readonly SubSkillCalibration[];
  quizTaken: boolean;
}) {
  return (
    <section aria-labelledby="calibration-heading">
      <h2 id="calibration-heading" className="text-xl font-semibold text-slate-900">
        Confidence beside the evidence
      </h2>
      <p className="mt-1 mb-4 max-w-3xl text-sm text-slate-600">
        Your confidence is the mean of your latest rating on each question, where 1 is 0 and 5 is 100. More than 25
        points above the evidence score reads as over-confident, more than 25 below as under-confident.
      </p>
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {subSkills.map((s) => {
          const { comparison: c, evidence: e } = s;
          return (
            <li key={s.key}>
              <Card className="h-full" data-testid={`calibration-${s.key}`}>
                <CardHeader>
                  <CardTitle as="h3" className="text-base">
                    {s.name}
                  </CardTitle>
                  <CardDescription>Weight {e.weightPercent}% of the path</CardDescription>
                </CardHeader>
                <div className="flex flex-wrap items-start gap-x-6 gap-y-2">
                  <div>
                    <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Your confidence</p>
                    <p className="text-2xl font-bold text-slate-900 tabular-nums">
                      {c.meanConfidence === null ? (
                        "–"
                      ) : (
                        <>
                          {Math.round(c.meanConfidence * 10) / 10}
                          <span className="text-base font-medium text-slate-600"> / 5</span>
                        </>
                      )}
                    </p>
                    {c.confidenceScore !== null ? (
                      <p className="text-xs text-slate-600">= {c.confidenceScore} / 100</p>
                    ) : null}
                  </div>
                  <div>
                    <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">Evidence score</p>
                    <p className="text-2xl font-bold text-slate-900 tabular-nums">
                      {c.evidenceScore}
                      <span className="text-base font-medium text-slate-600"> / 100</span>
                    </p>
                  </div>
                </div>
                <p className="mt-3">
                  <Badge tone={VERDICT_TONES[c.verdict]}>
                    {s.questions.length === 0 ? "No self-check questions" : verdictText(c)}
                  </Badge>
                </p>
                <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="text-slate-600">Hours</dt>
                  <dd className="text-slate-900">
                    {e.hours
                      ? `${formatMinutes(e.hours.loggedMinutes)} of its ${formatMinutes(e.hours.targetMinutes)} share`
                      : "no share of the path"}
                  </dd>
                  <dt className="text-slate-600">Approved work</dt>
                  <dd className="text-slate-900">
                    {e.deliverables
                      ? `${e.deliverables.approved} of ${plural(e.deliverables.total, "deliverable")}`
                      : "no deliverable touches it"}
                  </dd>
                  <dt className="text-slate-600">Quiz</dt>
                  <dd className="text-slate-900">
                    {!e.quiz
                      ? "no questions on it"
                      : quizTaken
                        ? `${e.quiz.correct} of ${e.quiz.total} correct (${quizPercent(e.quiz)}%) in the attempts that count`
                        : "not taken yet"}
                  </dd>
                </dl>
              </Card>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
