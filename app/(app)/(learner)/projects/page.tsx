import type { Metadata } from "next";
import { HelpDisclosure, TipList } from "@/components/guides/guide-help";
import { ReviewersNote } from "@/components/mentor/reviewers-note";
import { OwnProjectList } from "@/components/projects/own-project-list";
import { ProjectCard } from "@/components/projects/project-card";
import { ProjectForm } from "@/components/projects/project-form";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { learnerGuideHelp } from "@/lib/guides/sections";
import { getLearnerReviewers } from "@/lib/mentor/reviewers";
import { getOwnProjects, getPortfolioForLearner, getProjectSubSkillChoices } from "@/lib/projects/queries";
import { searchParam } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Portfolio projects" };

const pageParam = searchParam.page();

export default async function ProjectsPage({
  searchParams,
}: {
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRoleOrForbidden(["LEARNER"], "/projects");
  const page = pageParam.parse(((await searchParams) ?? {}).page);
  const [projects, own, subSkills, help, reviewers] = await Promise.all([
    getPortfolioForLearner(user.id),
    getOwnProjects(user.id, page),
    getProjectSubSkillChoices(user.id),
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
        description="Pick a project idea from the guide or add your own, then submit it for review. A project a reviewer approves counts as evidence toward your level."
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

      <section aria-labelledby="own-projects-heading" className="mb-10 flex flex-col gap-4">
        <h2 id="own-projects-heading" className="text-xl font-semibold text-slate-900">
          Your own projects
        </h2>
        {own.total === 0 ? (
          <EmptyState
            title="No projects of your own yet"
            description="Built something outside the guide's ideas? Add it below and submit it for review like any project."
          />
        ) : (
          <OwnProjectList projects={own} />
        )}
        <Card>
          <CardHeader>
            <CardTitle>Add your own project</CardTitle>
            <CardDescription>
              It starts as planned; open it to submit it for review when it&apos;s ready.
            </CardDescription>
          </CardHeader>
          <ProjectForm mode="add" subSkills={subSkills} />
        </Card>
      </section>

      <section aria-labelledby="ideas-heading" className="flex flex-col gap-4">
        <h2 id="ideas-heading" className="text-xl font-semibold text-slate-900">
          Ideas from the guide
        </h2>
        {projects.length === 0 ? (
          <EmptyState
            title="No project ideas yet"
            description="Your guide doesn't suggest any portfolio projects yet."
          />
        ) : (
          <>
            <p className="text-sm text-slate-700" aria-live="polite">
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
      </section>
    </>
  );
}
