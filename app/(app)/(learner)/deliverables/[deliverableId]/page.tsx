import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SubmissionForm } from "@/components/deliverables/submission-form";
import { SubmissionHistory } from "@/components/deliverables/submission-history";
import { SubmissionStatusBadge } from "@/components/reviews/review-status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getDeliverableForLearner } from "@/lib/deliverables/queries";
import { isEditable, workingVersion } from "@/lib/deliverables/rules";

type Props = { params: Promise<{ deliverableId: string }> };

const loadDeliverable = cache(async (deliverableId: string) => {
  const user = await requireRoleOrForbidden(["LEARNER"], `/deliverables/${encodeURIComponent(deliverableId)}`);
  return { user, data: await getDeliverableForLearner(user.id, deliverableId) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { data } = await loadDeliverable((await params).deliverableId);
  return { title: data ? data.deliverable.title : "Deliverable not found" };
}

export default async function DeliverablePage({ params }: Props) {
  const { user, data } = await loadDeliverable((await params).deliverableId);
  if (!data) notFound();
  const { deliverable, phaseNumber, submission, state, formDefaults, archived } = data;
  const version = workingVersion(state);
  const editable = !archived && isEditable(state);

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href={`/phases/${deliverable.phase.key}`} className="text-brand-700 underline-offset-2 hover:underline">
          ← {phaseNumber ? `Phase ${phaseNumber}: ` : ""}
          {deliverable.phase.title}
        </Link>
      </nav>
      <PageHeader
        eyebrow="Deliverable"
        title={deliverable.title}
        description={deliverable.description}
        actions={
          <div className="flex items-center gap-2">
            {archived ? <Badge>archived</Badge> : null}
            <SubmissionStatusBadge status={state?.status ?? "NOT_STARTED"} className="text-sm" />
          </div>
        }
      />
      {deliverable.subSkills.length > 0 ? (
        <p className="-mt-4 mb-6 text-sm text-slate-600">
          Evidence for: {deliverable.subSkills.map((s) => s.subSkill.name).join(", ")}
        </p>
      ) : null}

      <div className="flex flex-col gap-8">
        {editable ? (
          <Card>
            <CardHeader>
              <CardTitle>
                {state?.status === "CHANGES_REQUESTED" ? `Resubmit as version ${version}` : "Your submission"}
              </CardTitle>
              <CardDescription>
                {state?.status === "CHANGES_REQUESTED"
                  ? "A reviewer asked for changes (see their comments below). Your earlier versions stay as they were."
                  : "Link your work and describe it. Save a draft as often as you like; submit when it's ready for review."}
              </CardDescription>
            </CardHeader>
            <SubmissionForm key={version} deliverableId={deliverable.id} version={version} defaults={formDefaults} />
          </Card>
        ) : (
          <StatusNotice status={state?.status ?? null} archived={archived} />
        )}

        <section aria-labelledby="history-heading" className="flex flex-col gap-4">
          <h2 id="history-heading" className="text-xl font-semibold text-slate-900">
            History
          </h2>
          {submission ? (
            <SubmissionHistory submission={submission} learnerId={user.id} timeZone={user.timeZone} conversation />
          ) : (
            <EmptyState
              title="Nothing submitted yet"
              description="Your versions, reviews and comments will appear here."
            />
          )}
        </section>
      </div>
    </>
  );
}

function StatusNotice({ status, archived }: { status: string | null; archived: boolean }) {
  const text =
    status === "APPROVED"
      ? "Approved. This deliverable counts as evidence toward your level."
      : status === "SUBMITTED"
        ? "Submitted and waiting for review. The reviewer's decision and comments will appear in the history below."
        : archived
          ? "This deliverable has been archived and no longer takes submissions."
          : "";
  return text ? (
    <p className="rounded-md bg-slate-100 px-4 py-3 text-sm text-slate-800 ring-1 ring-slate-200" role="status">
      {text}
    </p>
  ) : null;
}
