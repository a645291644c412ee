/**
 * When a red flag is a warning (docs/proficiency.md, "Red flags"). Pure, like the rest of
 * lib/progress. A flag names a bad practice on one sub-skill; a learner who has not reached the
 * work that would show it is not doing anything wrong, so the flag is only something to avoid.
 * It becomes a warning when the record shows the pattern: a reviewer sent back work on its
 * sub-skill, or the learner moved past the phase that asks for that work without any of it
 * approved. Approved work on the sub-skill clears it either way (`applicableRedFlags`).
 */
import { activePhases, type PhaseInput } from "./path";
import { applicableRedFlags, type ProjectInput, type SubSkillScore } from "./proficiency";

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

/** Approved work on a flag's sub-skill: a deliverable of an active phase, or a portfolio project. */
export type ClearingWork = {
  kind: "deliverable" | "project";
  key: string;
  title: string;
  /** The row's id, filled in by the caller that has it (for a link). */
  id?: string;
};

/**
 * One flag of the full list: neutral (only to avoid), a warning (`warning` says why), or
 * cleared (`clearedBy` names the approved work, never empty then).
 */
export type RedFlagListItem<F> = F & {
  state: "neutral" | "warning" | "cleared";
  warning: RedFlagWarning | null;
  clearedBy: ClearingWork[];
};

/**
 * Every flag of the guide with its state, in the guide's order, so a learner keeps seeing the
 * whole list once flags are cleared. A flag is cleared by the same evidence that makes it stop
 * applying (`applicableRedFlags`: approved deliverables of active phases and approved projects
 * on its sub-skill), and names that work; the others are warnings or neutral as in
 * `redFlagStandings`. Flags on a sub-skill absent from the evidence (archived) are left out.
 */
export function redFlagList<F extends { subSkillKey: string }>(
  redFlags: readonly F[],
  phases: readonly PhaseInput[],
  evidence: readonly Pick<SubSkillScore, "key" | "approvedDeliverables" | "approvedProjects">[],
  approvedProjects: readonly ProjectInput[],
): RedFlagListItem<F>[] {
  const active = activePhases(phases);
  const known = new Set(evidence.map((e) => e.key));
  const open = new Set(applicableRedFlags(redFlags, evidence));
  return redFlags
    .filter((flag) => known.has(flag.subSkillKey))
    .map((flag): RedFlagListItem<F> => {
      if (!open.has(flag))
        return { ...flag, state: "cleared", warning: null, clearedBy: clearingWork(active, approvedProjects, flag) };
      const warning = warningFor(active, flag.subSkillKey);
      return { ...flag, state: warning ? "warning" : "neutral", warning, clearedBy: [] };
    });
}

function clearingWork(
  active: readonly PhaseInput[],
  approvedProjects: readonly ProjectInput[],
  { subSkillKey }: { subSkillKey: string },
): ClearingWork[] {
  const deliverables = active
    .flatMap((p) => p.deliverables)
    .filter((d) => d.status === "APPROVED" && d.subSkillKeys.includes(subSkillKey))
    .map((d): ClearingWork => ({ kind: "deliverable", key: d.key, title: d.title }));
  const projects = approvedProjects
    .filter((p) => p.subSkillKeys.includes(subSkillKey))
    .map((p): ClearingWork => ({ kind: "project", key: p.key, title: p.title }));
  return [...deliverables, ...projects];
}

/** The warning's reason in one sentence, for the dashboard; no "you", as mentors read it on a mentee's page too. */
export function redFlagWarningText(warning: RedFlagWarning, subSkillName: string): string {
  return warning.kind === "changes-requested"
    ? `A reviewer asked for changes to "${warning.deliverableTitle}"; nothing on ${subSkillName} is approved yet.`
    : `Moved past phase ${warning.phaseNumber} "${warning.phaseTitle}" with no approved work on ${subSkillName}.`;
}
