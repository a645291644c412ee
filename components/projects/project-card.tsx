import { ExternalLink } from "@/components/markdown/external-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { Difficulty } from "@/lib/generated/prisma/enums";
import type { PortfolioProjectView } from "@/lib/projects/queries";
import { isLearnerProjectStatus, PROJECT_STATUS_LABELS } from "@/lib/projects/rules";
import Link from "next/link";
import { PickProjectButton } from "./pick-project-button";
import { PROJECT_STATUS_TONES as STATUS_TONES } from "./project-panel";
import { ProjectProgressForm } from "./project-progress-form";

const DIFFICULTY: Record<Difficulty, string> = {
  BEGINNER: "Beginner",
  INTERMEDIATE: "Intermediate",
  ADVANCED: "Advanced",
  EXPERT: "Expert",
};

/** One project idea: what it is, what recruiters notice, and the learner's progress on it. */
export function ProjectCard({ project }: { project: PortfolioProjectView }) {
  const { progress } = project;
  const headingId = `project-${project.id}`;
  return (
    <Card className="flex flex-col gap-4" aria-labelledby={headingId} role="article">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={headingId} className="min-w-0 text-lg font-semibold text-slate-900">
          {project.title}
        </h2>
        <div className="flex flex-wrap gap-2">
          <Badge tone="neutral">{DIFFICULTY[project.difficulty]}</Badge>
          {project.archived ? <Badge>archived</Badge> : null}
          {progress ? (
            <Badge tone={STATUS_TONES[progress.status]} data-testid="project-status">
              {PROJECT_STATUS_LABELS[progress.status]}
            </Badge>
          ) : null}
        </div>
      </div>
      <p className="text-sm text-slate-700">{project.description}</p>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-900">Suggested stack</h3>
          <ul className="flex flex-wrap gap-1.5" aria-label="Suggested stack">
            {project.suggestedStack.map((tool) => (
              <li key={tool}>
                <Badge tone="brand">{tool}</Badge>
              </li>
            ))}
          </ul>
          {project.subSkills.length > 0 ? (
            <p className="mt-3 text-sm text-slate-600">Sub-skills: {project.subSkills.join(", ")}</p>
          ) : null}
        </div>
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-900">What recruiters notice</h3>
          <ul className="flex list-disc flex-col gap-1 pl-5 text-sm text-slate-700">
            {project.recruiterSignals.map((signal) => (
              <li key={signal}>{signal}</li>
            ))}
          </ul>
        </div>
      </div>
      <div className="border-t border-slate-100 pt-4">
        {progress?.status === "APPROVED" ? (
          <p className="text-sm text-green-800">
            Approved: this project counts as evidence toward your level.
            {progress.repoUrl ? (
              <>
                {" "}
                <ExternalLink href={progress.repoUrl} className="font-medium break-all underline">
                  {progress.repoUrl}
                </ExternalLink>
              </>
            ) : null}
          </p>
        ) : progress && isLearnerProjectStatus(progress.status) ? (
          <ProjectProgressForm
            progressId={progress.id}
            title={project.title}
            status={progress.status}
            repoUrl={progress.repoUrl}
          />
        ) : progress ? (
          <p className="text-sm text-slate-800">Submitted and waiting for review.</p>
        ) : project.archived ? null : (
          <PickProjectButton projectId={project.id} title={project.title} />
        )}
        {progress ? (
          <Link
            href={`/projects/${progress.id}`}
            className="mt-3 inline-block text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
          >
            {isLearnerProjectStatus(progress.status) ? "Describe it and submit for review" : "See its reviews"}
            <span className="sr-only"> (“{project.title}”)</span>
          </Link>
        ) : null}
      </div>
    </Card>
  );
}
