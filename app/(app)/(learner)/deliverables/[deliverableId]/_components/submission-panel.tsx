import { DraftAttachments } from "@/components/attachments/draft-attachments";
import { SubmissionForm } from "@/components/deliverables/submission-form";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { DeliverablePageData } from "@/lib/deliverables/queries";
import { isEditable, workingVersion } from "@/lib/deliverables/rules";

/** The learner's side of a deliverable: the form while it can change, otherwise where it stands. */
export function SubmissionPanel({
  deliverableId,
  state,
  formDefaults,
  draftFiles,
  archived,
}: Pick<DeliverablePageData, "state" | "formDefaults" | "archived" | "draftFiles"> & { deliverableId: string }) {
  const version = workingVersion(state);
  const editable = !archived && isEditable(state);
  return editable ? (
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
      <div className="flex flex-col gap-6">
        <SubmissionForm key={version} deliverableId={deliverableId} version={version} defaults={formDefaults} />
        <DraftAttachments versionId={draftFiles.versionId} attachments={draftFiles.attachments} />
      </div>
    </Card>
  ) : (
    <StatusNotice status={state?.status ?? null} archived={archived} />
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
