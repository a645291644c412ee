/**
 * Drawing an attempt's questions from the guide's pool, pure: how many questions each
 * sub-skill gets (by weight, capped by its pool) and which ones (at random, the previous
 * attempt's questions last). The random source is injected (crypto.randomInt on the server, a
 * seeded one in tests), so every rule is unit-tested in tests/unit/quiz-draw.test.ts.
 */
import { shuffle, type RandomInt } from "@/lib/quiz/scoring";

export interface DrawSubSkill {
  key: string;
  weightPercent: number;
}
export interface PoolQuestion {
  id: string;
  subSkillKey: string;
}

/**
 * Shares `total` questions among the sub-skills in proportion to their weights (Sainte-Laguë:
 * each next question goes to the sub-skill with the highest weight ÷ (given + ½), the most
 * proportional whole-number split), never giving a sub-skill more than its pool holds; what a
 * small pool cannot take goes to the others, weight-0 sub-skills last. Ties go to the earlier
 * sub-skill. The shares add up to min(total, pool size).
 */
export function shareBySubSkill(
  subSkills: readonly DrawSubSkill[],
  poolSizes: ReadonlyMap<string, number>,
  total: number,
): Map<string, number> {
  const given = new Map(subSkills.map((s) => [s.key, 0]));
  const room = (s: DrawSubSkill) => (poolSizes.get(s.key) ?? 0) - given.get(s.key)!;
  for (let seat = 0; seat < total; seat += 1) {
    let pick: DrawSubSkill | null = null;
    let pickPriority = -1;
    for (const s of subSkills) {
      if (room(s) <= 0) continue;
      // Weight 0 still takes questions once every weighted sub-skill's pool is used up.
      const priority = s.weightPercent > 0 ? s.weightPercent / (given.get(s.key)! + 0.5) : 0;
      if (priority > pickPriority) [pick, pickPriority] = [s, priority];
    }
    if (!pick) break;
    given.set(pick.key, given.get(pick.key)! + 1);
  }
  return given;
}

/**
 * An attempt's questions: per sub-skill its share (`shareBySubSkill`), taken first from the
 * questions the learner did NOT get in their previous attempt, at random, and only then from
 * the previous ones. So when each sub-skill's pool holds at least 1.5 × its share, two attempts
 * in a row share at most half their questions (none at all from 2 × onwards). The result is in
 * a random order, which the attempt keeps.
 */
export function drawQuestions(
  pool: readonly PoolQuestion[],
  subSkills: readonly DrawSubSkill[],
  total: number,
  previous: ReadonlySet<string>,
  randomInt: RandomInt,
): string[] {
  const bySubSkill = new Map<string, PoolQuestion[]>();
  for (const q of pool) bySubSkill.set(q.subSkillKey, [...(bySubSkill.get(q.subSkillKey) ?? []), q]);
  const sizes = new Map([...bySubSkill].map(([key, qs]) => [key, qs.length]));
  const shares = shareBySubSkill(subSkills, sizes, total);
  const drawn = subSkills.flatMap((s) => {
    const questions = bySubSkill.get(s.key) ?? [];
    const fresh = shuffle(
      questions.filter((q) => !previous.has(q.id)),
      randomInt,
    );
    const seen = shuffle(
      questions.filter((q) => previous.has(q.id)),
      randomInt,
    );
    return [...fresh, ...seen].slice(0, shares.get(s.key) ?? 0).map((q) => q.id);
  });
  return shuffle(drawn, randomInt);
}

/** How many questions two attempts share. */
export const overlap = (a: readonly string[], b: readonly string[]): number => {
  const set = new Set(a);
  return b.filter((id) => set.has(id)).length;
};
