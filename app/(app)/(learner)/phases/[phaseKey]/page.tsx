import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Checklist } from "@/components/phases/checklist";
import { HoursProgress } from "@/components/phases/hours-progress";
import { PhaseDeliverables } from "@/components/phases/phase-deliverables";
import { WhatsLeft } from "@/components/phases/whats-left";
import { LearningHelp } from "@/components/guides/guide-help";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { learnerGuideHelp } from "@/lib/guides/sections";
import { getPhaseForLearner } from "@/lib/phases/queries";
import { BackLink } from "@/components/ui/back-link";

type Props = { params: Promise<{ phaseKey: string }> };

// Metadata and the page share one load per request.
const loadPhase = cache(async (phaseKey: string) => {
  const user = await requireRoleOrForbidden(["LEARNER"], `/phases/${encodeURIComponent(phaseKey)}`);
  return getPhaseForLearner(user.id, phaseKey);
});
const loadHelp = cache(async (phaseKey: string) => {
  const user = await requireRoleOrForbidden(["LEARNER"], `/phases/${encodeURIComponent(phaseKey)}`);
  return learnerGuideHelp(user.id, ["LEARNING_TIP"], { faqs: true });
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const phase = await loadPhase((await params).phaseKey);
  return { title: phase ? (phase.number ? `Phase ${phase.number}: ${phase.title}` : phase.title) : "Phase not found" };
}

export default async function PhasePage({ params }: Props) {
  const { phaseKey } = await params;
  const [phase, help] = await Promise.all([loadPhase(phaseKey), loadHelp(phaseKey)]);
  if (!phase) notFound();
  return (
    <>
      <BackLink href="/phases">All phases</BackLink>
      <PageHeader
        eyebrow={phase.number ? `Phase ${phase.number}` : "Archived phase"}
        title={phase.title}
        description={phase.summary}
      />
      {phase.archived ? (
        <p className="mb-6 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          This phase has been archived. What you did here stays in your record, but it can no longer be changed.
        </p>
      ) : null}
      {/* The summary (hours, goals) comes first in reading order, so it leads on a phone; on a
          wide screen it sits in the right-hand column. */}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="flex flex-col gap-6 lg:col-start-3 lg:row-start-1">
          <WhatsLeft left={phase.left} />
          <Card>
            <CardHeader>
              <CardTitle>Hours</CardTitle>
            </CardHeader>
            <HoursProgress hours={phase.hours} label="Logged" />
            <p className="mt-2 text-xs text-slate-600">Estimate for this phase: {phase.estimatedHours} h</p>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Goals</CardTitle>
            </CardHeader>
            <ul className="flex list-disc flex-col gap-2 pl-5 text-sm text-slate-700">
              {phase.goals.map((goal) => (
                <li key={goal}>{goal}</li>
              ))}
            </ul>
          </Card>
          <LearningHelp tips={help.texts.LEARNING_TIP} faqs={help.faqs} />
        </div>
        <div className="flex flex-col gap-6 lg:col-span-2 lg:col-start-1 lg:row-start-1">
          <Checklist
            title="Key topics"
            description="Tick a topic once you can explain it; add a private note for yourself."
            items={phase.topics}
          />
          <Checklist
            title="Recommended actions"
            description="Hands-on steps that build toward the deliverables."
            items={phase.actions}
          />
          <PhaseDeliverables deliverables={phase.deliverables} />
        </div>
      </div>
    </>
  );
}
