import type { ReactNode } from "react";
import { AttachmentList } from "@/components/attachments/attachment-list";
import { ExternalLink } from "@/components/markdown/external-link";
import { formatInstant } from "@/lib/ui/format";
import { Markdown } from "@/components/markdown/markdown";
import type { ReviewVersion } from "@/lib/reviews/queries";

const LINKS = [
  { key: "repoUrl", label: "Repository" },
  { key: "demoUrl", label: "Demo" },
  { key: "docUrl", label: "Document" },
] as const;

/** What the learner handed in for one version: links, the Markdown description and the attached files. */
export function VersionContent({ version, timeZone }: { version: ReviewVersion; timeZone: string }) {
  const links = LINKS.filter((link) => version[link.key]);
  return (
    <div className="flex flex-col gap-4">
      {version.submittedAt ? (
        <p className="text-sm text-slate-600">
          Submitted{" "}
          <time dateTime={version.submittedAt.toISOString()}>{formatInstant(version.submittedAt, timeZone)}</time>
        </p>
      ) : null}
      {links.length > 0 ? (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Links">
          {links.map((link) => (
            <li key={link.key} className="min-w-0">
              <span className="text-slate-600">{link.label}: </span>
              <ExternalLink
                href={version[link.key]!}
                className="font-medium break-all text-brand-700 underline underline-offset-2"
              >
                {version[link.key]}
              </ExternalLink>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">No links.</p>
      )}
      <div className="rounded-md border border-slate-200 bg-slate-50 p-3">
        <Markdown>{version.description}</Markdown>
      </div>
      <AttachmentList attachments={version.attachments} label={`Files of version ${version.number}`} />
    </div>
  );
}

/** An earlier version, folded away by default so the current one leads the page. */
export function EarlierVersion({
  version,
  summary,
  children,
}: {
  version: ReviewVersion;
  summary: string;
  children: ReactNode;
}) {
  return (
    <details className="group rounded-lg border border-slate-200 bg-white shadow-sm">
      <summary className="flex cursor-pointer list-none flex-wrap items-center justify-between gap-2 rounded-lg p-4 font-medium text-slate-900 hover:bg-slate-50">
        <span>Version {version.number}</span>
        <span className="text-sm font-normal text-slate-600">
          {summary}
          <span aria-hidden="true" className="ml-2 inline-block transition-transform group-open:rotate-90">
            ›
          </span>
        </span>
      </summary>
      <div className="flex flex-col gap-5 border-t border-slate-100 p-4">{children}</div>
    </details>
  );
}
