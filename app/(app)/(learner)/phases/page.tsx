import type { Metadata } from "next";
import { PhaseList } from "@/components/phases/phase-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { listPhasesForLearner } from "@/lib/phases/queries";

export const metadata: Metadata = { title: "Phases" };

export default async function PhasesPage() {
  const user = await requireRoleOrForbidden(["LEARNER"], "/phases");
  const phases = await listPhasesForLearner(user.id);
  return (
    <>
      <PageHeader
        title="Phases"
        description="Your path, phase by phase: hours logged against each estimate, the checklist, and deliverables approved."
      />
      {phases.length === 0 ? (
        <EmptyState title="No phases yet" description="Your guide has no phases to work through yet." />
      ) : (
        <PhaseList phases={phases} />
      )}
    </>
  );
}
