import slugify from "@sindresorhus/slugify";
import type { GuideFile } from "@/lib/guides/format/schema";

/** Stored keys are at most 80 characters (guide-schema.ts); cut at a dash so no word is halved. */
const MAX_KEY_LENGTH = 80;

/**
 * The one way a key is derived from a title: lower-case ASCII words joined by dashes
 * ("Monitoring & Observability" → "monitoring-and-observability", "Résumé" → "resume").
 * The same title always gives the same key, so re-importing a guide finds its rows again.
 */
export function keyFromTitle(title: string): string {
  const slug = slugify(title);
  if (slug.length <= MAX_KEY_LENGTH) return slug || "item";
  const cut = slug.slice(0, MAX_KEY_LENGTH + 1);
  const lastDash = cut.lastIndexOf("-");
  return lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, MAX_KEY_LENGTH);
}

/**
 * Fills every missing key in a list from its title, keeping the keys that are given; a title
 * that repeats gets "-2", "-3" … in list order, so keys stay unique within the list.
 */
export function withListKeys<T extends { key?: string | undefined }>(
  items: readonly T[],
  titleOf: (item: T) => string,
): Array<T & { key: string }> {
  const taken = new Set(items.flatMap((item) => (item.key === undefined ? [] : [item.key])));
  return items.map((item) => {
    if (item.key !== undefined) return { ...item, key: item.key };
    const base = keyFromTitle(titleOf(item));
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base.slice(0, MAX_KEY_LENGTH - 4)}-${n}`;
    taken.add(candidate);
    return { ...item, key: candidate };
  });
}

/**
 * A copy of the guide with a key on the guide, on every phase, checklist item, deliverable,
 * sub-skill, level, question, project, use case, red flag and FAQ entry. Checklist items are
 * keyed per phase with the phase's position in front ("p1-…"), as the stored guide does, since
 * two phases may share a topic title.
 */
export function withDerivedKeys(guide: GuideFile) {
  const phases = withListKeys(guide.phases, (p) => p.title).map((phase, index) => ({
    ...phase,
    topics: withListKeys(phase.topics, (t) => `p${index + 1} topic ${t.title}`),
    actions: withListKeys(phase.actions, (a) => `p${index + 1} action ${a.title}`),
  }));
  const deliverables = withListKeys(
    phases.flatMap((p) => p.deliverables),
    (d) => d.title,
  );
  let next = 0;
  return {
    ...guide,
    key: guide.key ?? keyFromTitle(guide.title),
    phases: phases.map((phase) => ({
      ...phase,
      deliverables: phase.deliverables.map(() => deliverables[next++]!),
    })),
    subSkills: withListKeys(guide.subSkills, (s) => s.name),
    levels: withListKeys(guide.levels, (l) => l.name),
    quizQuestions: withListKeys(guide.quizQuestions ?? [], (q) => q.prompt),
    selfCheckQuestions: withListKeys(guide.selfCheckQuestions ?? [], (q) => q.prompt),
    portfolioProjects: withListKeys(guide.portfolioProjects ?? [], (p) => p.title),
    useCases: withListKeys(guide.useCases ?? [], (u) => u.title),
    redFlags: withListKeys(guide.redFlags ?? [], (f) => f.text),
    faq: withListKeys(guide.faq ?? [], (f) => f.question ?? f.answer),
  };
}
