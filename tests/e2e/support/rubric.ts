import type { Locator } from "@playwright/test";

/**
 * Scores every criterion of the rubric inside `form` (the reviewer's decision form): `levels`
 * names the level per criterion in order ("Proficient", "Developing" …); the last one given
 * applies to the rest. Each radio's name starts with its level's name (then its descriptor).
 */
export async function scoreRubric(form: Locator, ...levels: [string, ...string[]]) {
  const groups = form.getByTestId("rubric-form").getByRole("group");
  const count = await groups.count();
  for (let i = 0; i < count; i += 1) {
    const level = levels[Math.min(i, levels.length - 1)]!;
    await groups
      .nth(i)
      .getByRole("radio", { name: new RegExp(`^${level}\\b`) })
      .check();
  }
  return count;
}
