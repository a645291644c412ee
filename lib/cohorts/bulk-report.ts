/**
 * The per-line report of adding many learners to a cohort (bulk-add.ts): what each outcome is
 * called and says, and the one-sentence summary. Pure, shared by the action and the form.
 */

/** A list holds at most this many entries (and characters): past that, split it. */
export const MEMBER_LIST_MAX_ENTRIES = 500;
export const MEMBER_LIST_MAX_CHARACTERS = 200_000;

export type BulkOutcome =
  "added" | "already-member" | "invited" | "already-invited" | "no-account" | "not-learner" | "invalid" | "duplicate";

export type BulkReportLine = { line: number; entry: string; outcome: BulkOutcome; detail: string };

/** What the report says for each outcome (a duplicate names the line it repeats instead). */
export const OUTCOME_TEXT: Record<Exclude<BulkOutcome, "duplicate">, string> = {
  added: "Added to the cohort.",
  "already-member": "Already a member: nothing to do.",
  invited: "No account yet: invitation sent.",
  "already-invited": "Already invited: the invitation is still open (resend it below if needed).",
  "no-account": "No account uses this email (invitations were off).",
  "not-learner": "This is a mentor's or admin's account: only learners can be members.",
  invalid: "Not an email address.",
};

/** "3 entries: 1 added, 1 invited, 1 not an email address." (counts in first-seen order) */
export function reportSummary(report: readonly BulkReportLine[]): string {
  const counts = new Map<BulkOutcome, number>();
  for (const line of report) counts.set(line.outcome, (counts.get(line.outcome) ?? 0) + 1);
  const words: Record<BulkOutcome, [one: string, many: string]> = {
    added: ["added", "added"],
    "already-member": ["already a member", "already members"],
    invited: ["invited", "invited"],
    "already-invited": ["already invited", "already invited"],
    "no-account": ["without an account", "without an account"],
    "not-learner": ["not a learner", "not learners"],
    invalid: ["not an email address", "not email addresses"],
    duplicate: ["repeated", "repeated"],
  };
  const parts = [...counts].map(([outcome, n]) => `${n} ${words[outcome][n === 1 ? 0 : 1]}`);
  return `${report.length} ${report.length === 1 ? "entry" : "entries"}: ${parts.join(", ")}.`;
}
