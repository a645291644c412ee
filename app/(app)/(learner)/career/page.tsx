import type { Metadata } from "next";
import { TipList } from "@/components/guides/guide-help";
import { ResumePhrases } from "@/components/career/resume-phrases";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getCareerPage } from "@/lib/career/queries";

export const metadata: Metadata = { title: "Career" };

export default async function CareerPage() {
  const user = await requireRoleOrForbidden(["LEARNER"], "/career");
  const career = await getCareerPage(user.id);
  const backed = career.phrases.filter((p) => p.backed).length;
  return (
    <>
      <PageHeader
        title="Career"
        description="Résumé phrases for this skill, and which of them your approved work already backs."
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="phrases-heading" className="flex min-w-0 flex-col gap-3 lg:col-span-2">
          <h2 id="phrases-heading" className="text-lg font-semibold text-slate-900">
            Résumé phrases{" "}
            <span className="text-sm font-normal text-slate-600">
              ({backed} of {career.phrases.length} backed)
            </span>
          </h2>
          <p className="text-sm text-slate-600">
            A phrase is backed once every sub-skill it claims has approved work: an approved deliverable or portfolio
            project that gives evidence for it.
          </p>
          <ResumePhrases phrases={career.phrases} />
        </section>
        <Card className="min-w-0 self-start">
          <CardHeader>
            <CardTitle id="ats-heading">ATS tips</CardTitle>
            <CardDescription>How applicant tracking systems read your résumé.</CardDescription>
          </CardHeader>
          {career.atsTips.length === 0 ? (
            <p className="text-sm text-slate-600">No tips yet.</p>
          ) : (
            <TipList items={career.atsTips} />
          )}
        </Card>
      </div>
    </>
  );
}
