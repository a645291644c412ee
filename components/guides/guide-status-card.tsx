import { STATUS_TONES } from "@/components/guides/admin-guide-list";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { InlineAction } from "@/components/ui/inline-action";
import { editorHref } from "@/lib/curriculum/href";
import { archiveGuideAction, publishGuideAction, unpublishGuideAction } from "@/lib/guide-lifecycle/actions";
import type { AdminGuide } from "@/lib/guide-lifecycle/queries";
import { STATUS_LABELS } from "@/lib/guide-lifecycle/rules";
import { countOf, formatInstantDay } from "@/lib/ui/format";

/**
 * A guide's status and what can be done with it. Publish says beforehand what is missing (the
 * server refuses it again with the same sentences); unpublish and archive ask to confirm,
 * since learners lose the guide from the catalogue. Archiving keeps every learner record.
 */
export function GuideStatusCard({ guide, timeZone }: { guide: AdminGuide; timeZone: string }) {
  const fields = { guideId: guide.id };
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <CardHeader>
          <CardTitle className="flex flex-wrap items-center gap-2">
            Status <Badge tone={STATUS_TONES[guide.status]}>{STATUS_LABELS[guide.status]}</Badge>
          </CardTitle>
          <CardDescription>
            {countOf(guide.learners, "learner", "learners")} enrolled · {countOf(guide.cohorts, "cohort", "cohorts")} ·{" "}
            {countOf(guide.phases, "phase", "phases")} · {countOf(guide.subSkills, "sub-skill", "sub-skills")}
            {guide.publishedAt ? ` · last published ${formatInstantDay(guide.publishedAt, timeZone)}` : ""}
            {guide.archivedAt && guide.status === "ARCHIVED"
              ? ` · archived ${formatInstantDay(guide.archivedAt, timeZone)}`
              : ""}
          </CardDescription>
        </CardHeader>
        {guide.status !== "PUBLISHED" && guide.problems.length > 0 ? (
          <div className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">
            <p className="font-medium">Before it can be published:</p>
            <ul className="mt-1 list-disc pl-5">
              {guide.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="flex flex-wrap items-start gap-3">
          <ButtonLink href={editorHref("/admin/curriculum", guide.slug)} variant="secondary" size="sm">
            Edit the curriculum
          </ButtonLink>
          {guide.status === "PUBLISHED" ? (
            <ButtonLink href={`/guides/${guide.slug}`} variant="ghost" size="sm">
              View in the catalogue
            </ButtonLink>
          ) : null}
          {guide.status !== "PUBLISHED" ? (
            <InlineAction
              action={publishGuideAction}
              fields={fields}
              label={guide.status === "ARCHIVED" ? "Publish again" : "Publish"}
              pendingLabel="Publishing…"
              variant="primary"
            />
          ) : (
            <InlineAction
              action={unpublishGuideAction}
              fields={fields}
              label="Unpublish"
              pendingLabel="Unpublishing…"
              confirm="Yes, back to draft"
            />
          )}
          {guide.status !== "ARCHIVED" ? (
            <InlineAction
              action={archiveGuideAction}
              fields={fields}
              label="Archive"
              pendingLabel="Archiving…"
              confirm="Yes, archive it"
              variant="danger"
            />
          ) : null}
        </div>
      </Card>
      <p className="max-w-3xl text-sm text-slate-600">
        A draft is seen only by admins. Unpublishing or archiving takes the guide out of the catalogue and stops new
        enrolments; learners already enrolled keep following it, with every record kept.
      </p>
    </div>
  );
}
