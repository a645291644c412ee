import { InlineAction } from "@/components/ui/inline-action";
import { removeAttachmentAction } from "@/lib/attachments/actions";
import { AttachmentList, type AttachmentItem } from "./attachment-list";
import { AttachmentUpload } from "./attachment-upload";

/**
 * The files of the version a learner is still writing: listed with a Remove button each (asked
 * twice), and the file input. `versionId` is null until a draft has been saved, since files
 * belong to a version; they freeze with it when it is submitted.
 */
export function DraftAttachments({
  versionId,
  attachments,
}: {
  versionId: string | null;
  attachments: readonly AttachmentItem[];
}) {
  return (
    <section aria-labelledby="draft-files-heading" className="flex flex-col gap-3 border-t border-slate-200 pt-5">
      <h3 id="draft-files-heading" className="text-base font-semibold text-slate-900">
        Files
      </h3>
      {versionId ? (
        <>
          <AttachmentList
            attachments={attachments}
            label="Files of this draft"
            empty="No files yet. Attach a report, screenshots or an archive of your work if it helps the reviewer."
            action={(file) => (
              <InlineAction
                action={removeAttachmentAction}
                fields={{ attachmentId: file.id }}
                label="Remove"
                pendingLabel="Removing…"
                confirm="Yes, remove"
                accessibleLabel={`Remove ${file.name}`}
              />
            )}
          />
          <AttachmentUpload versionId={versionId} count={attachments.length} />
        </>
      ) : (
        <p className="text-sm text-slate-600">Save a draft first, then attach files to it.</p>
      )}
    </section>
  );
}
