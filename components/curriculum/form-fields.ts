import type { FieldSpec } from "@/components/curriculum/curriculum-form";
import type { Option } from "@/lib/curriculum/fields";
import type { PartDescription } from "@/lib/curriculum/parts/types";
import type { SubSkillChoice } from "@/lib/curriculum/queries";

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
): FieldSpec[] {
  const keep = part.fields.flatMap((f) =>
    f.input === "subSkill" || f.input === "subSkills"
      ? ([] as unknown[]).concat(values?.[f.name] ?? []).map(String)
      : [],
  );
  return part.fields.flatMap((field): FieldSpec[] => {
    const base = { name: field.name, label: field.label, hint: field.hint, half: field.half, required: true };
    const value = values?.[field.name];
    if (field.fixed) return [];
    switch (field.input) {
      case "text":
        return [{ ...base, kind: "text", maxLength: field.max, defaultValue: value as string | undefined }];
      case "textarea":
        return [
          {
            ...base,
            kind: "textarea",
            rows: field.rows,
            maxLength: field.max,
            defaultValue: value as string | undefined,
          },
        ];
      case "lines":
        return [{ ...base, kind: "lines", defaultValue: value as string[] | undefined }];
      case "number":
        return [
          {
            ...base,
            kind: "number",
            min: field.min,
            max: field.max,
            unit: field.unit,
            defaultValue: value as number | undefined,
          },
        ];
      case "choice":
        return [
          {
            ...base,
            kind: "select",
            options: field.options,
            placeholder: field.placeholder,
            defaultValue: value as string | undefined,
          },
        ];
      case "subSkill":
        return [
          {
            ...base,
            kind: "select",
            options: subSkillOptions(subSkills, keep),
            placeholder: "Choose a sub-skill…",
            defaultValue: value as string | undefined,
          },
        ];
      case "subSkills":
        return [
          {
            ...base,
            kind: "checkboxes",
            options: subSkillOptions(subSkills, keep),
            defaultValue: value as string[] | undefined,
          },
        ];
      case "options":
      case "correctOption":
        return []; // the quiz question's own form (quiz-question-form.tsx)
    }
  });
}

const article = (noun: string) => (/^[aeiou]/i.test(noun) ? "an" : "a");
/** The words of a part's buttons and "add" card. */
export function partLabels(part: PartDescription, singular = part.singular) {
  return {
    addTitle: part.addTitle ?? `Add ${article(singular)} ${singular}`,
    add: part.addLabel ?? `Add ${singular}`,
    save: part.saveLabel ?? `Save ${singular}`,
  };
}
