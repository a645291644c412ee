/**
 * When a red flag is a warning (docs/proficiency.md, "Red flags"). Pure, like the rest of
 * lib/progress. A flag names a bad practice on one sub-skill; a learner who has not reached the
 * work that would show it is not doing anything wrong, so the flag is only something to avoid.
 * It becomes a warning when the record shows the pattern: a reviewer sent back work on its
 * sub-skill, or the learner moved past the phase that asks for that work without any of it
 * approved. Approved work on the sub-skill clears it either way (`applicableRedFlags`).
 */
import { activePhases, type PhaseInput } from "./path";
import { applicableRedFlags, type SubSkillScore } from "./proficiency";

export type RedFlagWarning =
  /** A deliverable touching the sub-skill came back from review with changes requested. */
  | { kind: "changes-requested"; deliverableTitle: string }
  /** The learner logged the phase's estimate on it, or time on a later phase. */
  | { kind: "moved-past"; phaseTitle: string; phaseNumber: number };

export type RedFlagStanding<F> = F & { warning: RedFlagWarning | null };

/**
 * The phase where the guide first asks for work on the sub-skill: the first active phase with a
 * deliverable touching it, or the last phase when only a project (or nothing) does, so such a
 * flag turns into a warning only once the learner has gone through the whole path.
 */
function phaseAskingFor(phases: readonly PhaseInput[], subSkillKey: string): PhaseInput | undefined {
  return phases.find((p) => p.deliverables.some((d) => d.subSkillKeys.includes(subSkillKey))) ?? phases.at(-1);
}

function warningFor(phases: readonly PhaseInput[], subSkillKey: string): RedFlagWarning | null {
  const touching = phases.flatMap((p) => p.deliverables).filter((d) => d.subSkillKeys.includes(subSkillKey));
  const sentBack = touching.find((d) => d.status === "CHANGES_REQUESTED");
  if (sentBack) return { kind: "changes-requested", deliverableTitle: sentBack.title };
  const asking = phaseAskingFor(phases, subSkillKey);
  if (!asking) return null;
  const index = phases.indexOf(asking);
  const finishedItsHours = asking.estimatedHours > 0 && asking.loggedMinutes >= asking.estimatedHours * 60;
  const workedLater = phases.slice(index + 1).some((p) => p.loggedMinutes > 0);
  return finishedItsHours || workedLater
    ? { kind: "moved-past", phaseTitle: asking.title, phaseNumber: index + 1 }
    : null;
}

/**
 * The flags that still apply (no approved work on their sub-skill), each with the evidence
 * that makes it a warning, or null while it is only something to avoid. Archived phases are
 * left out: their deliverables no longer count, and time on them says nothing about order.
 */
export function redFlagStandings<F extends { subSkillKey: string }>(
  redFlags: readonly F[],
  phases: readonly PhaseInput[],
  evidence: readonly Pick<SubSkillScore, "key" | "approvedDeliverables" | "approvedProjects">[],
): RedFlagStanding<F>[] {
  const active = activePhases(phases);
  return applicableRedFlags(redFlags, evidence).map((flag) => ({
    ...flag,
    warning: warningFor(active, flag.subSkillKey),
  }));
}

/** The warning's reason in one sentence, for the dashboard; no "you", as mentors read it on a mentee's page too. */
export function redFlagWarningText(warning: RedFlagWarning, subSkillName: string): string {
  return warning.kind === "changes-requested"
    ? `A reviewer asked for changes to "${warning.deliverableTitle}"; nothing on ${subSkillName} is approved yet.`
    : `Moved past phase ${warning.phaseNumber} "${warning.phaseTitle}" with no approved work on ${subSkillName}.`;
}
