import { DraftAttachments } from "@/components/attachments/draft-attachments";
import { ExternalLink } from "@/components/markdown/external-link";
import { Markdown } from "@/components/markdown/markdown";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ProjectPageData } from "@/lib/projects/queries";
import { isLearnerProjectStatus, PROJECT_STATUS_LABELS, type ProjectStatus } from "@/lib/projects/rules";
import { workingVersion } from "@/lib/deliverables/rules";
import { ProjectForm } from "./project-form";
import { SubmitProjectButton } from "./submit-project-button";

export const PROJECT_STATUS_TONES: Record<ProjectStatus, BadgeTone> = {
  PLANNED: "neutral",
  IN_PROGRESS: "brand",
  SUBMITTED: "accent",
  APPROVED: "success",
};

/**
 * The learner's side of a project: while it can change, its form and "Submit for review";
 * in review or approved, what was sent and where it stands.
 */
export function ProjectPanel({
  data,
  subSkillChoices,
}: {
  data: ProjectPageData;
  subSkillChoices: { id: string; name: string }[];
}) {
  const { progress, submission, state } = data;
  const status = progress.status;
  const badge = (
    <Badge tone={PROJECT_STATUS_TONES[status]} data-testid="project-status">
      {PROJECT_STATUS_LABELS[status]}
    </Badge>
  );
  if (!isLearnerProjectStatus(status)) {
    return (
      <Card className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-2">{badge}</div>
        <p className="text-sm text-slate-800" role="status">
          {status === "APPROVED"
            ? "Approved: this project counts as evidence toward your level."
            : "Submitted and waiting for review. The reviewer's decision and comments will appear below."}
        </p>
        <Details data={data} />
      </Card>
    );
  }
  const changesRequested = submission?.status === "CHANGES_REQUESTED";
  const version = workingVersion(state);
  const defaults = {
    title: data.own ? data.title : "",
    status,
    description: progress.description,
    repoUrl: progress.repoUrl ?? "",
    demoUrl: progress.demoUrl ?? "",
    stack: progress.stack,
    subSkillIds: data.own ? data.subSkills.map((s) => s.id) : [],
  };
  return (
    <>
      <Card>
        <CardHeader>
          <CardTitle className="flex flex-wrap items-center gap-2">Your project {badge}</CardTitle>
          <CardDescription>
            {changesRequested
              ? "A reviewer asked for changes (see their comments below). Edit the project, save, then submit it again."
              : "Save as often as you like. When it's ready, submit it for review."}
          </CardDescription>
        </CardHeader>
        {data.own ? (
          <ProjectForm mode="own" progressId={progress.id} defaults={defaults} subSkills={subSkillChoices} />
        ) : (
          <ProjectForm mode="idea" progressId={progress.id} defaults={defaults} />
        )}
        <DraftAttachments versionId={data.draftFiles.versionId} attachments={data.draftFiles.attachments} />
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Submit for review</CardTitle>
          <CardDescription>
            Sends the project as saved (description, links and files) as version {version}. A mentor (or an admin)
            approves it or asks for changes; it can&apos;t be changed while it waits.
          </CardDescription>
        </CardHeader>
        <SubmitProjectButton progressId={progress.id} version={version} />
      </Card>
    </>
  );
}

function Details({ data }: { data: ProjectPageData }) {
  const { progress } = data;
  const links = [
    { label: "Repository", href: progress.repoUrl },
    { label: "Demo", href: progress.demoUrl },
  ].filter((l): l is { label: string; href: string } => Boolean(l.href));
  return (
    <div className="flex flex-col gap-3 text-sm text-slate-700">
      {links.length > 0 ? (
        <ul className="flex flex-col gap-1">
          {links.map((l) => (
            <li key={l.label}>
              {l.label}:{" "}
              <ExternalLink href={l.href} className="font-medium break-all underline">
                {l.href}
              </ExternalLink>
            </li>
          ))}
        </ul>
      ) : null}
      {progress.stack.length > 0 ? <p>Stack: {progress.stack.join(", ")}</p> : null}
      {progress.description ? <Markdown>{progress.description}</Markdown> : null}
    </div>
  );
}
