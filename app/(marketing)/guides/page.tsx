import type { Metadata } from "next";
import { connection } from "next/server";
import { CatalogueList } from "@/components/guides/catalogue-list";
import { GuideSwitcher } from "@/components/guides/guide-switcher";
import { PageHeader } from "@/components/ui/page-header";
import { getCurrentUser } from "@/lib/auth/session";
import { listCatalogue, listLearnerGuides } from "@/lib/guides/queries";

export const metadata: Metadata = { title: "Guides" };

/** The public catalogue of published guides; a signed-in learner also sees their enrolments and switches here. */
export default async function GuidesPage() {
  await connection(); // admins publish and archive guides at any time
  const user = await getCurrentUser();
  const learnerId = user?.role === "LEARNER" ? user.id : null;
  const [guides, mine] = await Promise.all([
    listCatalogue(learnerId),
    learnerId ? listLearnerGuides(learnerId) : Promise.resolve([]),
  ]);
  return (
    <>
      <PageHeader
        title="Guides"
        description="Each guide is a learning path: phases with hours, sub-skills, levels and a quiz. Open one to see its path and enrol."
      />
      {mine.length > 1 ? (
        <section aria-labelledby="your-guides-heading" className="mb-8 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="your-guides-heading" className="mb-2 text-base font-semibold text-slate-900">
            Your guides
          </h2>
          <p className="mb-3 text-sm text-slate-600">
            Your dashboard, hours, phases, quiz, self-check, projects and level are those of your active guide.
          </p>
          <GuideSwitcher guides={mine} id="catalogue-guide" />
        </section>
      ) : null}
      <CatalogueList guides={guides} />
    </>
  );
}
