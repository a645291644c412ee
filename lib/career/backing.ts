/**
 * When a résumé phrase is "backed by your approved evidence": the phrase claims some
 * sub-skills (chosen by admins in the curriculum editor), and it is backed once EVERY one of
 * them has approved work from the learner: an approved deliverable submission or an approved
 * portfolio project that gives evidence for that sub-skill. A phrase that claims no sub-skill
 * is never backed: nothing in the record can stand behind it. Pure; the evidence comes from
 * SQL (lib/career/queries.ts).
 */

export type ClaimedSubSkill = { id: string; name: string };

export type PhraseBacking<S extends ClaimedSubSkill = ClaimedSubSkill> = {
  backed: boolean;
  /** The claimed sub-skills with approved work, and those still without, in the phrase's order. */
  evidenced: S[];
  missing: S[];
};

export function phraseBacking<S extends ClaimedSubSkill>(
  claimed: readonly S[],
  evidencedIds: ReadonlySet<string>,
): PhraseBacking<S> {
  const evidenced = claimed.filter((s) => evidencedIds.has(s.id));
  const missing = claimed.filter((s) => !evidencedIds.has(s.id));
  return { backed: claimed.length > 0 && missing.length === 0, evidenced, missing };
}
