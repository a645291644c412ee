import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SubmissionHistory } from "@/components/deliverables/submission-history";
import { ReviewersNote } from "@/components/mentor/reviewers-note";
import { ProjectPanel } from "@/components/projects/project-panel";
import { VersionCompare } from "@/components/reviews/version-compare";
import { BackLink } from "@/components/ui/back-link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getLearnerReviewers } from "@/lib/mentor/reviewers";
import { loadProject } from "@/lib/projects/loaders";
import { getProjectSubSkillChoices } from "@/lib/projects/queries";
import { getVersionComparison } from "@/lib/reviews/queries";

type Props = {
  params: Promise<{ progressId: string }>;
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { data } = await loadProject((await params).progressId);
  return { title: data ? data.title : "Project not found" };
}

/** One of the learner's portfolio projects: its details, "Submit for review", and its reviews. */
export default async function ProjectPage({ params, searchParams }: Props) {
  const { progressId } = await params;
  const { user, data } = await loadProject(progressId);
  if (!data) notFound();
  const query = (await searchParams) ?? {};
  const [reviewers, comparison, subSkillChoices] = await Promise.all([
    getLearnerReviewers(user.id),
    data.submission ? getVersionComparison(user, data.submission.id, query.from, query.to) : null,
    data.own ? getProjectSubSkillChoices(user.id) : [],
  ]);

  return (
    <>
      <BackLink href="/projects">Portfolio projects</BackLink>
      <PageHeader
        eyebrow={data.own ? "Your own project" : "Project idea from the guide"}
        title={data.title}
        description={data.idea?.description}
      />
      {data.subSkills.length > 0 ? (
        <p className="-mt-4 mb-6 text-sm text-slate-600">
          Evidence for: {data.subSkills.map((s) => s.name).join(", ")}
        </p>
      ) : null}
      <div className="flex flex-col gap-8">
        <ProjectPanel data={data} subSkillChoices={subSkillChoices} />
        <ReviewersNote reviewers={reviewers} />
        {comparison ? (
          <VersionCompare comparison={comparison} action={`/projects/${encodeURIComponent(progressId)}`} />
        ) : null}
        <section aria-labelledby="history-heading" className="flex flex-col gap-4">
          <h2 id="history-heading" className="text-xl font-semibold text-slate-900">
            Reviews
          </h2>
          {data.submission ? (
            <SubmissionHistory submission={data.submission} learnerId={user.id} timeZone={user.timeZone} conversation />
          ) : (
            <EmptyState
              title="Not submitted yet"
              description="Submit the project for review: its versions, the reviewer's decisions and comments will appear here."
            />
          )}
        </section>
      </div>
    </>
  );
}
