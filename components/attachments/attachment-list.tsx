import type { ReactNode } from "react";
import { formatFileSize, kindLabel } from "@/lib/attachments/rules";

export type AttachmentItem = { id: string; name: string; size: number; contentType: string };

/**
 * A version's attached files: name (a download link), type and size. Downloads come from
 * /api/attachments/<id>, which checks who asks and always serves the file as a download.
 * `action` renders something beside each file (the learner's Remove button on a draft).
 */
export function AttachmentList({
  attachments,
  empty,
  action,
  label = "Attached files",
}: {
  attachments: readonly AttachmentItem[];
  /** What to say when there are none; nothing is rendered without it. */
  empty?: string;
  action?: (file: AttachmentItem) => ReactNode;
  label?: string;
}) {
  if (attachments.length === 0) return empty ? <p className="text-sm text-slate-600">{empty}</p> : null;
  return (
    <ul className="flex flex-col divide-y divide-slate-200 rounded-md border border-slate-200" aria-label={label}>
      {attachments.map((file) => (
        <li key={file.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-3 py-2 text-sm">
          <span className="flex min-w-0 flex-col">
            <a
              href={`/api/attachments/${encodeURIComponent(file.id)}`}
              download={file.name}
              className="font-medium break-all text-brand-700 underline underline-offset-2"
            >
              {file.name}
            </a>
            <span className="text-slate-600">
              {kindLabel(file.contentType)} · {formatFileSize(file.size)}
            </span>
          </span>
          {action ? action(file) : null}
        </li>
      ))}
    </ul>
  );
}
