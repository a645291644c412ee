import type { Metadata } from "next";
import { HelpDisclosure, TipList } from "@/components/guides/guide-help";
import { ReviewersNote } from "@/components/mentor/reviewers-note";
import { ProjectCard } from "@/components/projects/project-card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { learnerGuideHelp } from "@/lib/guides/sections";
import { getLearnerReviewers } from "@/lib/mentor/reviewers";
import { getPortfolioForLearner } from "@/lib/projects/queries";

export const metadata: Metadata = { title: "Portfolio projects" };

export default async function ProjectsPage() {
  const user = await requireRoleOrForbidden(["LEARNER"], "/projects");
  const [projects, help, reviewers] = await Promise.all([
    getPortfolioForLearner(user.id),
    learnerGuideHelp(user.id, ["PORTFOLIO_TIP"]),
    getLearnerReviewers(user.id),
  ]);
  const picked = projects.filter((p) => p.progress);
  const approved = picked.filter((p) => p.progress?.status === "APPROVED").length;
  // The learner's own projects first, then the ideas still to choose from.
  const ordered = [...picked, ...projects.filter((p) => !p.progress)];
  return (
    <>
      <PageHeader
        title="Portfolio projects"
        description="Pick a project idea from the guide, track it, and link its repository. A project a reviewer approves counts as evidence toward your level."
      />
      <HelpDisclosure
        title="Portfolio tips"
        count={help.texts.PORTFOLIO_TIP.length}
        testId="portfolio-tips"
        className="mb-6"
      >
        <TipList items={help.texts.PORTFOLIO_TIP} />
      </HelpDisclosure>
      <ReviewersNote reviewers={reviewers} className="mb-6" />
      {projects.length === 0 ? (
        <EmptyState title="No project ideas yet" description="Your guide doesn't suggest any portfolio projects yet." />
      ) : (
        <>
          <p className="mb-4 text-sm text-slate-700" aria-live="polite">
            {picked.length === 0
              ? "You haven't picked a project yet."
              : `You've picked ${picked.length} ${picked.length === 1 ? "project" : "projects"}; ${approved} approved.`}
          </p>
          <div className="flex flex-col gap-6">
            {ordered.map((project) => (
              <ProjectCard key={project.id} project={project} />
            ))}
          </div>
        </>
      )}
    </>
  );
}
