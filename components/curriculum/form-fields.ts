import type { FieldSpec } from "@/components/curriculum/curriculum-form";
import type { Option } from "@/lib/curriculum/fields";
import type { PartDescription } from "@/lib/curriculum/parts/types";
import type { SubSkillChoice } from "@/lib/curriculum/queries";
import { withArticle } from "@/lib/ui/format";
import { URL_MAX_LENGTH } from "@/lib/validation/fields";

/**
 * A part's form, from its description: its editable fields (fixed ones travel as hidden
 * inputs) with the item's current values, or none for an "add" form.
 */

/** Active sub-skills as choices, plus archived ones the item already names (so saving keeps them). */
export function subSkillOptions(subSkills: readonly SubSkillChoice[], keep: readonly string[] = []): Option[] {
  return subSkills
    .filter((s) => !s.archivedAt || keep.includes(s.id))
    .map((s) => ({ value: s.id, label: s.archivedAt ? `${s.name} (archived)` : s.name }));
}

export function formFields(
  part: PartDescription,
  subSkills: readonly SubSkillChoice[],
  values?: Readonly<Record<string, unknown>>,
  /** The list's fixed values ({ kind: "RESUME_PHRASE" }): fields `onlyIn` other sections are left out. */
  scope: Readonly<Record<string, string>> = {},
): FieldSpec[] {
  const keep = part.fields.flatMap((f) =>
    f.input === "subSkill" || f.input === "subSkills"
      ? ([] as unknown[]).concat(values?.[f.name] ?? []).map(String)
      : [],
  );
  const subSkillChoices = subSkillOptions(subSkills, keep);
  return part.fields.flatMap((field): FieldSpec[] => {
    if (field.fixed) return [];
    if (field.input === "subSkills" && field.onlyIn) {
      if (!Object.entries(field.onlyIn).every(([name, value]) => scope[name] === value)) return [];
    }
    const control = (() => {
      switch (field.input) {
        case "text":
        case "textarea":
          return { kind: field.input, maxLength: field.max, rows: field.rows };
        case "lines":
          return { kind: "lines" };
        case "url":
          return { kind: "text", type: "url", maxLength: URL_MAX_LENGTH };
        case "number":
          return { kind: "number", min: field.min, max: field.max, unit: field.unit };
        case "choice":
          return { kind: "select", options: field.options, placeholder: field.placeholder };
        case "subSkill":
          return { kind: "select", options: subSkillChoices, placeholder: "Choose a sub-skill…" };
        case "subSkills":
          return { kind: "checkboxes", options: subSkillChoices };
        case "options":
        case "correctOption":
          return null; // the quiz question's own form (quiz-question-form.tsx)
      }
    })();
    if (!control) return [];
    const { name, label, hint, half } = field;
    const required = !(field.input === "subSkills" && field.optional);
    // The value has the type its kind of control shows (the schema built from the same description).
    return [{ name, label, hint, half, required, ...control, defaultValue: values?.[name] } as FieldSpec];
  });
}

/** The words of a part's buttons and "add" card. */
export function partLabels(part: PartDescription, singular = part.singular) {
  return {
    addTitle: part.addTitle ?? `Add ${withArticle(singular)}`,
    add: part.addLabel ?? `Add ${singular}`,
    save: part.saveLabel ?? `Save ${singular}`,
  };
}
